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
quote-target = { $length }, { $calendar }
quote-target-assumed = { $length }, { $calendar } (допущение)
quote-no-commitment = без обязательств
quote-service-hours = { $name } ({ $hours } ч в год)
quote-service-visits = { $name } (до { $count } в квартал)
quote-commitment = Сроки гарантируются для { $percent } % обращений.
quote-package-working-hours = { $days ->
    [weekdays] пн–пт
   *[russian] рабочие дни по производственному календарю РФ
} { $start }–{ $end } { $zone }
quote-package-around-the-clock = Круглосуточно ({ $zone })
