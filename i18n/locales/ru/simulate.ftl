# Раздел «Моделирование»: инциденты профиля против планов и калькулятор доступности.
simulate-title = Моделирование инцидентов
simulate-lede = Сроки плана отсчитываются в рабочем времени поставщика, а простой вы переживаете в календарном. Здесь множество смоделированных инцидентов проходит через календари каждого плана, и у простоя появляется цена.
simulate-waiting = Ожидание запуска…
simulate-progress = Моделируем { $count } { $count ->
    [one] инцидент
    [few] инцидента
    [many] инцидентов
   *[other] инцидента
}… { $percent } %
simulate-cancel = Отменить
simulate-cancelled = Отменено.
simulate-run-again = Запустить снова
simulate-done = { $count } { $count ->
    [one] инцидент
    [few] инцидента
    [many] инцидентов
   *[other] инцидента
} ({ $months } { $months ->
    [one] месяц
    [few] месяца
    [many] месяцев
   *[other] месяца
} этого профиля) за { $seconds } с.

## Профиль.
simulate-severity-rate = { $severity }: инцидентов в месяц
simulate-severity-cost = { $severity }: стоимость часа простоя
simulate-severity-work = { $severity }: типичная работа в часах, когда план не обещает срока решения
simulate-work-above-zero = Типичная работа должна быть больше 0 часов
simulate-preset = Типовой профиль
simulate-preset-small-team = Небольшая команда
simulate-preset-ecommerce = Интернет-магазин
simulate-preset-bank = Банк
simulate-arrival = Когда приходят инциденты
simulate-arrival-uniform = в любой час одинаково
simulate-arrival-business = в основном в рабочие часы
simulate-arrival-nights = в основном ночью и в выходные
simulate-arrival-grid = по моему недельному графику
simulate-incident-count = Сколько инцидентов моделировать
simulate-col-severity = Уровень критичности
simulate-col-rate = Инцидентов в месяц
simulate-col-cost = Стоимость часа простоя
simulate-col-work = Типичная работа, когда срок решения не обещан (часы)
simulate-profile-note = Типовые профили — иллюстративные цифры, а не измерения. Стоимость указана в валюте прайс-листа. Если план обещает срок решения, время работы выбирается так, чтобы обещанная доля (90 %, если план её не называет) была решена в срок; если не обещает, типичное время работы выше — ваше допущение. Цены планов берутся из прайс-листа и масштаба, заданных в разделе «Цены» (примерные ставки, если вы не задали свои).
simulate-grid-label = Веса по часам: одна строка на день, начиная с понедельника, по 24 числа (больше — вероятнее)

## Результаты.
simulate-lowest-total = Наименьшая общая стоимость: { $reason }.
simulate-results-label = Результаты моделирования
simulate-col-plan = План
simulate-col-answered = Ответ в срок
simulate-col-resolved = Решено в срок
simulate-col-breaches = Нарушений в месяц
simulate-col-downtime = Простой на инцидент
simulate-col-downtime-unit = медиана · 9 из 10 · 99 из 100
simulate-col-hours-down = Часы простоя в месяц (сумма по инцидентам)
simulate-col-cost-month = Стоимость в месяц
simulate-col-cost-unit = цена + простой = итого (95-процентный интервал)
simulate-what-if-link = А если: критический, пятница 18:00
simulate-no-commitment = без обязательств
simulate-percent = { $value } %
simulate-hours = { $hours } ч
simulate-downtime-hours = { $median } ч · { $p90 } ч · { $p99 } ч
simulate-example-price = примерная цена
simulate-cost-parts = { $price } + простой { $downtime }
simulate-interval = 95 %: { $low } – { $high }
simulate-no-price = нет цены
simulate-downtime-only = простой { $downtime }
simulate-model-title = На чём основаны цифры
simulate-model-intro = Время работы над каждым инцидентом выбирается случайно, по логнормальному закону с разбросом σ = 1, с опорой на обещания каждого плана:
simulate-cost-chart-title = Общая стоимость в месяц
simulate-cost-chart-note = Цена плюс ожидаемая стоимость простоя; отрезок — 95-процентный интервал.
simulate-downtime-chart-title = Простой на инцидент
simulate-downtime-chart-note = Доля инцидентов по календарному времени от открытия до решения.
simulate-plan-cost = { $plan }: { $cost }
simulate-money-unit = деньгах
simulate-cost-chart-label = Общая стоимость в месяц, в { $unit }. { $summary }
simulate-cost-axis = Стоимость в месяц ({ $unit })
simulate-thousands = { $value } тыс.
simulate-millions = { $value } млн
simulate-legend-price = цена плана
simulate-legend-downtime = ожидаемая стоимость простоя
simulate-histogram-label = Гистограмма простоя на инцидент по каждому плану: доля инцидентов (в процентах) по календарному времени от открытия до решения
simulate-share-axis = Доля инцидентов
simulate-bar-title = { $plan }: { $share } % инцидентов с простоем { $range }
simulate-bucket-hours = { $value } ч
simulate-bucket-days = { $value } дн.
simulate-downtime-axis = Простой на инцидент (календарное время: ч — часы, дн. — дни)

## Калькулятор доступности.
simulate-availability-title = Калькулятор доступности
simulate-sla = SLA (%)
simulate-month-is = Месяц — это
simulate-month-gregorian = двенадцатая часть года (30,436875 дня)
simulate-month-30 = 30 дней
simulate-per = За
simulate-allowed-downtime = Допустимый простой
simulate-period-day = день
simulate-period-week = неделю
simulate-period-month = месяц
simulate-period-quarter = квартал
simulate-period-year = год
simulate-year-note = Год — 365,2425 дня (средний григорианский год), квартал — три месяца, неделя — семь дней.
simulate-downtime = Простой
simulate-per-lower = за
simulate-availability-result = = доступность { $percent } %

## Сохранённые сценарии.
simulate-scenarios-title = Сценарии
simulate-scenario-name = Название
simulate-scenario-example = например, нагрузка в чёрную пятницу
simulate-save-scenario = Сохранить сценарий
simulate-saving = Сохраняем…
simulate-saved = Сохранено.
simulate-delete = Удалить

## Слова движка о моделировании (engine/src/simulate, engine/src/availability.rs).
simulate-within-around-the-clock = { $length } (круглосуточно)
simulate-within-working-time = { $length } рабочего времени
simulate-share-committed = обязательство плана
simulate-share-assumed = план не называет долю: принято 90 %
simulate-model-committed = { $severity }: { $share } % решается за { $within } ({ $source }); остальные — примерно до { $p99 } (каждый сотый дольше).
simulate-model-uncommitted = { $severity }: срок решения не обещан, поэтому нарушения не считаются. Типичное время работы принято равным { $median } круглосуточно (ваше допущение, задано выше); каждый десятый инцидент — дольше { $p90 }.
simulate-reason = { $plan }: цена { $price } + ожидаемая стоимость простоя { $downtime } = { $total } в месяц
simulate-reason-next = { $reason }; { $next } дороже на { $gap }{ $close ->
    [yes] , но это в пределах погрешности моделирования: смоделируйте больше инцидентов, чтобы их различить
   *[no] {""}
}. { $decides ->
    [price] Решает цена
   *[downtime] Решает простой
}
simulate-warning-example-prices = Вывод основан на примерных ценах, а не на ценах поставщиков (ни один не публикует ставки поддержки): задайте свой прайс-лист в разделе «Цены», прежде чем принимать решение.
simulate-warning-assumed = { $plans }: для части инцидентов срок решения не обещан; простой там рассчитан по заданному вами типичному времени работы, а не по обязательству.
simulate-two-plans = { $first } и { $second }
simulate-no-plans = выберите хотя бы один план для моделирования
simulate-incidents-out-of-range = { $count } { $count ->
    [one] инцидент
    [few] инцидента
    [many] инцидентов
   *[other] инцидента
}: выберите от 1 до 10 000 000
simulate-never-supplies = календарь никогда не даёт рабочего времени
simulate-bad-arrival-time = недопустимое время поступления
simulate-grid-size = недельному графику нужно 7 × 24 = 168 весов, а в нём { $count }
simulate-grid-negative = веса графика должны быть числами от 0 и больше
simulate-grid-zero = все веса графика равны 0: инциденты никогда не придут
simulate-field-out-of-range = { $severity }, { $field ->
    [rate] инцидентов в месяц
    [cost] стоимость часа
   *[work] типичная работа в часах
}: { $value } — нужно число от 0 до 1 000 000 000
simulate-work-not-positive = { $severity }: типичная работа в часах должна быть больше 0
simulate-no-incidents = в профиле нет инцидентов: задайте хотя бы для одного уровня критичности число инцидентов в месяц
availability-not-percentage = «{ $text }» — не процент; введите число от 0 до 100, например 99,95
availability-too-many-decimals = в «{ $text }» больше шести знаков после запятой
availability-above-100 = «{ $text }» больше 100 %
availability-downtime-out-of-range = { $period ->
    [day] в сутках
    [week] в неделе
    [month] в месяце
    [quarter] в квартале
   *[year] в году
} { $length }; простой должен быть от 0 до этого значения
availability-not-duration = «{ $text }» — не длительность; введите, например, 43 мин 12 с, 1 ч 30 мин или 8,64 с
availability-too-large = простой «{ $text }» слишком велик; укажите не больше 100 лет (ни один период не длиннее года)
