# Коммерческое предложение, которое подписывает заказчик: документ, форма
# реквизитов, отправка и выгрузка.

## Поля предложения (форма реквизитов, заголовки CSV, ошибки)
quote-field-customer = Заказчик
quote-field-prepared-by = Подготовил
quote-field-number = Номер предложения
quote-field-date = Дата
quote-field-valid-until = Действительно до
quote-field-plan = План
quote-field-book = Прайс-лист
quote-too-long = { $most ->
    [one] не более { $most } символа
    [few] не более { $most } символов
    [many] не более { $most } символов
   *[other] не более { $most } символов
}
quote-valid-until-range = { $until } — не в пределах года после даты предложения ({ $date })
quote-unknown-plan = slacalc не знает план «{ $plan }»
quote-no-price = в прайс-листе «{ $book }» нет цены для { $plan }
quote-package-in-quote = пакет в предложении

## Строки цены в CSV
quote-csv-item = позиция
quote-csv-monthly = в месяц
quote-csv-annual = в год
quote-csv-currency = валюта
quote-csv-reason = как рассчитано
quote-csv-total = Итого

## Что входит в план или пакет
quote-target = { $length } — { $calendar }
quote-target-assumed = { $length } — { $calendar } (допущение)
quote-no-commitment = без обязательств
quote-service-hours = { $name } ({ $hours } ч в год)
quote-service-visits = { $name } (до { $count } в квартал)
quote-commitment = Сроки гарантируются для { $percent } % обращений.
package-calendar-working-hours = { $days ->
    [weekdays] Пн–пт
   *[russian] Рабочие дни по производственному календарю РФ,
} { $start }–{ $end } { $zone }
package-calendar-around-the-clock = Круглосуточно ({ $zone })

## Страница предложения
quote-no-book = Нет ни одного прайс-листа.
quote-cannot-be-made = Это предложение нельзя подготовить: { $problem }.
quote-book-missing = ссылка указывает на прайс-лист «{ $id }», которого нет в этом браузере. Загрузите его на странице цен и откройте ссылку снова
quote-cannot-be-shown = Это предложение нельзя показать: { $problem }.
quote-way-on-before = Попросите отправителя прислать ссылку ещё раз или{" "}
quote-way-on-link = откройте цены
quote-way-on-after = {" "}и подготовьте предложение там.
quote-heading = Коммерческое предложение на техническую поддержку
quote-for = Для
quote-example-rates = Примерные ставки, не цена поставщика.
quote-what-is-included = Что входит
quote-hours = Часы:
quote-severity = Уровень критичности
quote-first-response = Первый ответ
quote-resolution = Решение
quote-assumptions = Помечено «допущение»:
quote-channels = Каналы связи:
quote-included-services = Включённые услуги:
quote-optional-services = За дополнительную плату:
quote-price = Цена
quote-item = Позиция
quote-worked-out = Как рассчитано
quote-total = Итого ({ $currency })
quote-rates-from = Ставки из прайс-листа «{ $book }», в валюте { $currency }.
quote-sign-customer = От заказчика: ФИО, подпись, дата
quote-sign-provider = От исполнителя: ФИО, подпись, дата
quote-edit-details = Реквизиты предложения (заказчик, кто подготовил, номер, срок действия)
quote-not-a-date = Действительно до: «{ $text }» — не дата
quote-print = Распечатать или сохранить в PDF
quote-copy-link = Скопировать ссылку
quote-download-json = Скачать JSON
quote-download-csv = Скачать CSV
quote-back-to-prices = Назад к ценам
quote-link-label = Ссылка на это предложение
quote-link-long = { $length ->
    [one] Длина ссылки — { $length } символ; некоторые мессенджеры обрезают такие длинные ссылки. Отправьте её по электронной почте или пошлите предложение в PDF («Распечатать или сохранить в PDF»): файл JSON — для других программ, slacalc его не открывает.
    [few] Длина ссылки — { $length } символа; некоторые мессенджеры обрезают такие длинные ссылки. Отправьте её по электронной почте или пошлите предложение в PDF («Распечатать или сохранить в PDF»): файл JSON — для других программ, slacalc его не открывает.
    [many] Длина ссылки — { $length } символов; некоторые мессенджеры обрезают такие длинные ссылки. Отправьте её по электронной почте или пошлите предложение в PDF («Распечатать или сохранить в PDF»): файл JSON — для других программ, slacalc его не открывает.
   *[other] Длина ссылки — { $length } символа; некоторые мессенджеры обрезают такие длинные ссылки. Отправьте её по электронной почте или пошлите предложение в PDF («Распечатать или сохранить в PDF»): файл JSON — для других программ, slacalc его не открывает.
}
quote-copying = Копируем…
quote-link-copied = Ссылка скопирована: она открывает это предложение в точности таким, как сейчас, в любом браузере.
quote-copy-refused = Браузер не разрешил копирование; выделите ссылку и скопируйте её.
quote-page-title = Коммерческое предложение { $number } — slacalc
quote-page-title-for = Коммерческое предложение { $number } для { $customer } — slacalc
