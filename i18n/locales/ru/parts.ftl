# Части, общие для нескольких разделов: значения со ссылкой на источник,
# код для встраивания, выбор планов.
parts-source = Источник:
parts-translation = Перевод:
parts-assumption-mark = допущение
parts-assumption = Допущение:
parts-embed-summary = Встроить этот раздел
parts-embed-lede = Вставьте на страницу документации. Рамка растёт вместе с содержимым.
parts-embed-code = Код для встраивания
parts-embed-copy = Скопировать код
parts-embed-copying = Копируем…
parts-embed-copied = Скопировано. Вставьте код в HTML своей страницы.
parts-embed-copy-refused = Браузер не разрешил копирование; выделите код и скопируйте его.
parts-plans = Планы
