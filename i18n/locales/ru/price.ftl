# Цены: слова движка для строк расчёта и их обоснований, ошибки в
# прайс-листе и раздел «Цены».

# Слова из каталога или прайс-листа: как есть (или в переводе из data-файлов).
price-severity = { $severity ->
    [critical] Критический
    [high] Высокий
    [medium] Средний
    [low] Низкий
   *[other] { $severity }
}
price-target-kind = { $kind ->
    [first] первый ответ
   *[resolution] решение
}
price-join-semicolon = { $first }; { $second }
price-join-plus = { $first } + { $second }

## Строки расчёта
price-line-users = Пользователи
price-line-servers = Серверы
price-line-spend-share = Доля расходов на облако
price-line-visits = Выезды к заказчику
price-line-admin = Системное администрирование
price-line-support-hours = Часы поддержки
price-line-channel = Канал: { $name }
price-line-target = { $severity } — { $target }: { $length }, { $clock ->
    [working] в рабочие часы
   *[around] круглосуточно
}

## Как получена каждая сумма
price-reason-flat = Фиксированная ежемесячная плата
price-reason-users = { $count ->
    [one] { $count } пользователь × { $rate }
    [few] { $count } пользователя × { $rate }
    [many] { $count } пользователей × { $rate }
   *[other] { $count } пользователя × { $rate }
}
price-reason-servers = { $count ->
    [one] { $count } сервер × { $rate }
    [few] { $count } сервера × { $rate }
    [many] { $count } серверов × { $rate }
   *[other] { $count } сервера × { $rate }
}
price-tier = { $percent } % от { $slice } = { $amount }
price-tier-no-spend = расходов нет: { $amount }
price-reason-share-above = { $parts }; больше минимума { $minimum }
price-reason-share-below = { $parts } = { $share }, меньше минимума: применяется минимум { $minimum }
price-reason-add-on = Выбранная вами дополнительная услуга
price-reason-visits = { $count ->
    [one] { $count } выезд в квартал × { $each } = { $annual } в год
    [few] { $count } выезда в квартал × { $each } = { $annual } в год
    [many] { $count } выездов в квартал × { $each } = { $annual } в год
   *[other] { $count } выезда в квартал × { $each } = { $annual } в год
}
price-reason-visits-capped = { $count ->
    [one] { $count } выезд в квартал (не более { $most } в квартал) × { $each } = { $annual } в год
    [few] { $count } выезда в квартал (не более { $most } в квартал) × { $each } = { $annual } в год
    [many] { $count } выездов в квартал (не более { $most } в квартал) × { $each } = { $annual } в год
   *[other] { $count } выезда в квартал (не более { $most } в квартал) × { $each } = { $annual } в год
}
price-reason-admin = { $worked } ч в год в рабочее время, из них { $included } ч включено, сверх того { $extra } ч по { $rate }; { $off } ч в нерабочее время по { $offrate } (×{ $multiplier })
price-reason-support-hours = { $hours } ч в неделю ({ $start }–{ $end }, { $days ->
    [weekdays] с понедельника по пятницу
   *[russian] по рабочим дням производственного календаря РФ
}, { $zone }) × { $rate } за час в неделю
price-reason-target = Уровень прайс-листа «{ $level } или быстрее» для уровня «{ $severity ->
    [critical] критический
    [high] высокий
    [medium] средний
    [low] низкий
   *[other] { $severity }
}» — { $target }, { $clock ->
    [working] в рабочие часы
   *[around] круглосуточно
}
price-reason-channel = Ставка прайс-листа для каналов этого типа
price-reason-service-included = Услуга, включённая в пакет
price-reason-service-asked = Платная опция, которую выбрал заказчик
price-note-base-plan = Рассчитано как базовый план { $base }: стоимость отдельных частей пакета в расчёт не входит.

## Что вводит заказчик и что с этим не так
price-usage-field = { $field ->
    [users] пользователи
    [servers] серверы
    [visits] выезды в квартал
    [spend] расходы на облако в месяц
    [hours] часы администрирования
   *[offhours] часы администрирования в нерабочее время
}
price-usage-more-than = { $count } — больше максимума { $most }
price-usage-negative = значение не может быть отрицательным
price-usage-spend-too-large = больше триллиона в месяц; проверьте число
price-usage-hours-range = { $hours } — вне диапазона от 0 до { $most } часов в месяц

## Суммы
price-not-a-number = «{ $text }» — не число; введите цифры, при необходимости с точкой, например 1250.50
price-too-many-decimals = { $count ->
    [one] в «{ $text }» больше { $count } знака после точки
    [few] в «{ $text }» больше { $count } знаков после точки
    [many] в «{ $text }» больше { $count } знаков после точки
   *[other] в «{ $text }» больше { $count } знаков после точки
}
price-too-large = «{ $text }» — слишком большое число
price-overflow = сумма слишком велика для расчёта; проверьте цены и количества на опечатки
price-not-a-time = «{ $text }» — не время в формате ЧЧ:ММ

## Ошибки в прайс-листе
price-book-not-a-book = это не прайс-лист: { $detail }
price-book-currency = валюта «{ $currency }» — не трёхбуквенный код вроде USD или RUB
price-book-needs-name = у прайс-листа должно быть название
price-book-component = план { $plan }, составляющая { $component }
price-negative = { $what ->
    [monthly] ежемесячная цена
    [visit] цена выезда
    [hourly] почасовая ставка
   *[minimum] минимум
} { $value } не может быть отрицательной величиной
price-multiplier-below-one = коэффициент для нерабочего времени { $value } меньше 1
price-share-no-tiers = для доли расходов нужна хотя бы одна ступень
price-tier-percent = ступень { $tier }: { $percent } % — вне диапазона от 0 до 100
price-tier-bound-order = ступень { $tier }: её верхняя граница { $bound } должна быть выше предыдущей ({ $previous })
price-tier-last-bound = у последней ступени не должно быть верхней границы (указано { $bound })
price-tier-no-bound = у ступени { $tier } нет верхней границы, но она не последняя
price-package-rates = ставки для пакетов
price-package-rate-negative = ставки для пакетов: { $value } — отрицательная сумма; цены должны быть 0 или больше

## Раздел «Цены»
price-title = Цены планов
price-book = Прайс-лист
price-example-badge = Примерные ставки — не цена поставщика
price-your-size = Ваш масштаб
price-field-users = Пользователи
price-field-servers = Серверы
price-field-spend = Расходы на облако в месяц
price-field-hours = Часы администрирования в месяц (рабочее время)
price-field-off-hours = Часы администрирования в месяц (нерабочее время)
price-field-visits = Выезды к заказчику в квартал
price-add-ons = Дополнительные услуги
price-table-label = Цены
price-plan = План
price-monthly = В месяц
price-annual = В год
price-breakdown = Из чего складывается
price-quote = Предложение
price-lowest = Дешевле всех
price-a-month = { $amount } в месяц

## Редактор прайс-листа
price-edit-rates = Изменить ставки (прайс-лист в формате JSON)
price-edit-rates-components = Составляющие цены плана (ключи в прайс-листе):
price-edit-rates-amounts = Суммы записываются строками с десятичной точкой; у прайс-листа одна валюта.
price-book-json = Прайс-лист в формате JSON
price-save-book = Сохранить как мой прайс-лист
price-export = Выгрузить
price-import = Загрузить
price-saving = Сохраняем…
price-book-saved = Сохранено как «{ $name }». Выберите его выше.
price-book-not-saved = Не сохранено: { $problem }
price-downloaded = Файл скачан.
price-book-read = Файл прочитан. Проверьте его и сохраните.
price-book-missing = Ссылка указывает на прайс-лист «{ $id }», которого нет в этом браузере. Цены здесь — по прайс-листу «{ $shown }». Загрузите нужный прайс-лист, чтобы пользоваться им.
price-add-ons-unknown = В этом прайс-листе нет допуслуги { $ids }; в ценах она не учтена. Выберите допуслуги из списка.
price-draft-restored = Ваши несохранённые изменения восстановлены. Сохраните или выгрузите их, чтобы не потерять.
price-book-not-imported = Этот файл нельзя загрузить: { $problem }. Ничего не изменено.
price-file-unreadable = Файл не удалось прочитать.
price-plan-name = { $provider } · { $plan }
