# Раздел «Сравнить»: планы рядом, панель требований и рейтинг по ним, а
# также слова, которые движок сравнения пишет в таблицу.

## Раздел
compare-title = Сравнение планов
compare-embed-title = slacalc: сравнение планов поддержки
compare-needs = Что вам нужно
compare-needs-critical = Ответ на критический инцидент в любое время суток, включая ночи и выходные, не позже чем через
compare-no-requirement = без требования
# Варианты списка «не позже чем через …» (винительный падеж).
compare-choice-minutes = { $count ->
    [one] { $count } минуту
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
compare-choice-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
compare-needs-phone = Поддержка по телефону
compare-needs-engineer = Выделенный инженер или технический менеджер
compare-needs-onsite = Выезды специалиста на объект

## Рейтинг по требованиям
compare-ranking-title = Планы и ваши требования
compare-meets-all = Всё выполнено
compare-misses = { $count ->
    [one] Не выполнено { $count } требование
    [few] Не выполнены { $count } требования
    [many] Не выполнено { $count } требований
   *[other] Не выполнено { $count } требования
}
# Пометка рядом с ценой по примерным ставкам.
compare-example-mark = пример
compare-no-price = В выбранном прайс-листе нет цены
# Читается программами экранного доступа перед требованием.
compare-met = Выполнено:
compare-not-met = Не выполнено:
# «Цены: в разделе [Цены] можно задать свой масштаб или загрузить свой прайс-лист.»
compare-prices-before = Цены: в разделе
compare-prices-link = «Цены»
compare-prices-after = можно задать свой масштаб или загрузить свой прайс-лист.

## Таблица
compare-choose-plan = Выберите хотя бы один план выше.
compare-show-sources = Показать источники всех значений
compare-hide-sources = Скрыть источники
compare-or-hover = Или наведите указатель на значение с пунктирным подчёркиванием либо коснитесь его.
compare-table-label = Сравнение планов
compare-plan-column = План
# Пометка лучшего значения строки и пояснение к ней.
compare-best = Лучшее
compare-legend-best = — так отмечено лучшее значение строки, если планы в ней различаются; цена по примерным ставкам не отмечается никогда.
compare-legend-targets = Сроки сравниваются по самому долгому ожиданию в обычную неделю: срок в рабочих часах ждёт и ночь, и выходные.

## Группы и строки таблицы
compare-group-price = Цена
compare-group-first-response = Первый ответ
compare-group-resolution = Решение
compare-group-severity-levels = Уровни критичности
compare-group-coverage = Часы работы и каналы связи
compare-group-services = Услуги
compare-group-rules = Правила и ограничения
# Строка на каждый уровень критичности; $level — его имя в движке.
compare-severity = { $level ->
    [critical] Критический
    [high] Высокий
    [medium] Средний
   *[low] Низкий
}
compare-row-monthly = В месяц
compare-row-annual = В год
compare-row-share = Доля обращений, на которую распространяются сроки
compare-row-coverage = Когда ведутся работы
compare-row-channels = Каналы связи
compare-row-phone = Телефон
compare-row-staff = Кто обрабатывает обращения
compare-row-rules = Правила

## Ячейки
# Слова из каталога (название, примечание): в переводе, если он есть.
compare-not-stated = Не указано
compare-not-mentioned = Не упоминается
compare-none-stated = Не указаны
# Уровень критичности, которого у поставщика нет.
compare-no-level = —
compare-yes = Да
compare-no = Нет
compare-percent = { $percent } %
compare-no-commitment = Без обязательств
# Срок: «1 час, в рабочие часы».
compare-target = { $length }, { $hours }
compare-hours-around-the-clock = круглосуточно
compare-hours-working = в рабочие часы
compare-hours-own = по собственному графику
compare-longest-wait = Самое долгое ожидание: { $wait }
# Когда ведутся работы: «Приём обращений: рабочие дни 10:00–19:00».
compare-coverage-line = { $activity }: { $calendar }
# Канал и часы его работы: «Телефон (круглосуточно)».
compare-channel-hours = { $channel } ({ $hours })
compare-included = Включено
compare-optional = Платная опция
compare-not-offered = Не предоставляется
# Услуга и её объём: «Включено (120 часов в год)».
compare-service-quantity = { $inclusion } ({ $quantity })
compare-hours-a-year = { $count ->
    [one] { $count } час в год
    [few] { $count } часа в год
    [many] { $count } часов в год
   *[other] { $count } часа в год
}
compare-at-most-per-quarter = { $count ->
    [one] не более { $count } раза в квартал
    [few] не более { $count } раз в квартал
    [many] не более { $count } раз в квартал
   *[other] не более { $count } раза в квартал
}
# Перечень названий: «A, B и C».
compare-list-and = { $rest } и { $last }
compare-list-comma = { $first }, { $rest }
compare-headline = Самый быстрый первый ответ на критический инцидент в любое время суток, включая ночи и выходные: { $plans }; самое долгое ожидание — { $wait }.

## Самое долгое ожидание
compare-wait-at-any-hour = { $wait } в любое время суток
compare-wait-from-to = { $wait } (обращение: { $opened }, срок: { $due }; часовой пояс { $zone })

## Цены
compare-free = Бесплатно
compare-amount = { $amount }
compare-amount-example = { $amount } (примерные ставки)
compare-per-month = { $amount } в месяц
compare-not-in-book = Нет в прайс-листе
compare-origin-free = бесплатно по источнику самого поставщика
compare-origin-examples = примерные ставки, а не цена поставщика
compare-origin-named-examples = «{ $book }»: примерные ставки, а не цена поставщика
compare-origin-book = прайс-лист «{ $book }»
compare-citation-book = Прайс-лист: { $book }
compare-citation-book-priced = Прайс-лист: { $book } (расчёт по масштабу, заданному в разделе «Цены»)
compare-citation-examples = Примерные ставки, а не цена поставщика. { $note }
# Два допущения, на которых держится значение, одно за другим.
compare-assumptions-both = { $first } { $second }

## Требования и почему план им отвечает или нет
compare-req-critical = Ответ на критический инцидент в любое время суток, срок — { $length }
compare-req-phone = Поддержка по телефону
compare-req-engineer = Выделенный инженер
compare-req-onsite = Выезды на объект
compare-reason-longest-wait = Самое долгое ожидание: { $wait }
compare-reason-no-critical = Срок ответа на критические инциденты не обещан
compare-reason-channel = Канал: { $channel }
compare-reason-channels = Каналы: { $channels }
compare-reason-no-channels = В плане не указаны каналы связи
compare-reason-included = «{ $service }» входит в план
compare-reason-paid = «{ $service }» — платная опция
compare-reason-not-offered = «{ $service }» в этом плане не предоставляется
# $what — в предложном падеже: «ничего не сказано о …».
compare-reason-not-mentioned = В источнике плана ничего не сказано о { $what }
compare-what-engineer = выделенном инженере или техническом менеджере
compare-what-onsite = выездах на объект

## Порядок рейтинга
compare-summary-none = Ни один из выбранных планов не отвечает всем требованиям; сначала самые близкие.
compare-summary-one = Всем требованиям отвечает один план.
compare-summary-cheapest = { $count ->
    [one] Всем требованиям отвечает { $count } план; сначала самые дешёвые.
    [few] Всем требованиям отвечают { $count } плана; сначала самые дешёвые.
    [many] Всем требованиям отвечают { $count } планов; сначала самые дешёвые.
   *[other] Всем требованиям отвечают { $count } плана; сначала самые дешёвые.
}
compare-summary-examples = { $count ->
    [one] Всем требованиям отвечает { $count } план; сначала те, что быстрее отвечают на критический инцидент. Их цены — примерные ставки, а не цены поставщиков, поэтому ни один не назван самым дешёвым.
    [few] Всем требованиям отвечают { $count } плана; сначала те, что быстрее отвечают на критический инцидент. Их цены — примерные ставки, а не цены поставщиков, поэтому ни один не назван самым дешёвым.
    [many] Всем требованиям отвечают { $count } планов; сначала те, что быстрее отвечают на критический инцидент. Их цены — примерные ставки, а не цены поставщиков, поэтому ни один не назван самым дешёвым.
   *[other] Всем требованиям отвечают { $count } плана; сначала те, что быстрее отвечают на критический инцидент. Их цены — примерные ставки, а не цены поставщиков, поэтому ни один не назван самым дешёвым.
}
compare-summary-unpriced = { $count ->
    [one] Всем требованиям отвечает { $count } план; сначала те, что быстрее отвечают на критический инцидент (не у каждого плана есть цена).
    [few] Всем требованиям отвечают { $count } плана; сначала те, что быстрее отвечают на критический инцидент (не у каждого плана есть цена).
    [many] Всем требованиям отвечают { $count } планов; сначала те, что быстрее отвечают на критический инцидент (не у каждого плана есть цена).
   *[other] Всем требованиям отвечают { $count } плана; сначала те, что быстрее отвечают на критический инцидент (не у каждого плана есть цена).
}
