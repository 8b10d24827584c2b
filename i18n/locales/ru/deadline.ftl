# Раздел «Сроки»: когда поставщик должен ответить на инцидент и решить его.
deadline-title = Калькулятор сроков
deadline-embed-title = slacalc: срок по SLA
deadline-zone-unknown = Часового пояса вашего браузера ({ $name }) нет среди поясов slacalc; время показано в UTC. Выберите пояс ниже.
deadline-error-title = Эти события не складываются в инцидент
deadline-error-hint = Удалите или измените событие, названное выше.
deadline-error-range-title = Эти даты вне лет, которые считает slacalc
deadline-error-range-hint = Измените дату и время открытия выше или названное событие на год в этих пределах.

## Форма инцидента.
deadline-plan = План
deadline-severity = Уровень критичности
deadline-severity-own = { $severity } — { $own }
deadline-opened = Открыт ({ $zone })
deadline-opened-date = Дата открытия
deadline-opened-time = Время открытия
deadline-now = Сейчас
deadline-find-city = Найти город
deadline-find-city-example = например, Москва, Новосибирск
deadline-show-times-in = Показывать время в поясе
deadline-your-zone = Ваш пояс: { $zone }
deadline-region-universal = Всемирное время
deadline-region-europe = Европа
deadline-region-asia = Азия
deadline-region-americas = Америка
deadline-region-africa = Африка
deadline-region-oceania = Океания
deadline-live = Это текущий инцидент: показать, сколько времени осталось сейчас

## Результаты.
deadline-what-if-note = Расчёт «что если»: какие сроки были бы у этого инцидента. Отметьте «текущий инцидент» выше, чтобы увидеть, сколько времени осталось сейчас.
deadline-first-response = Первый ответ
deadline-resolution = Решение
deadline-alternatives-title = Тот же инцидент по каждому плану этого поставщика
deadline-col-plan = План
deadline-col-response-due = Срок ответа
deadline-col-resolution-due = Срок решения
deadline-shown = (показан)
deadline-no-commitment = Без обязательств
deadline-no-time-promised = План не обещает срока для этого уровня критичности.
deadline-state-would-be-breached = Был бы нарушен
deadline-state-met = Соблюдён
deadline-state-paused = Пауза: ждём клиента
deadline-state-what-if = Что если
deadline-state-on-track = Идёт в срок
deadline-state-at-risk = Под угрозой
deadline-state-breached = Нарушен
deadline-time-left = Осталось рабочего времени: { $duration }
deadline-overdue = Просрочка по рабочему времени: { $duration }
deadline-late-what-if = срок { $due }; { $target ->
    [response] ответ дан
   *[resolution] решён
} позже срока, опоздание: { $late }
deadline-would-breach = Срок был бы нарушен, если { $target ->
    [response] не ответить
   *[resolution] не решить
} до { $due }
deadline-in-calendar-time = до срока по календарю: { $duration }
deadline-ago = после срока прошло: { $duration }
deadline-shown-in = Показано в поясе { $zone }
deadline-provider-time = Время поставщика: { $time } ({ $zone })
deadline-paused-not-due = Срока пока нет: отсчёт приостановлен
deadline-target = Цель: { $length } по календарю «{ $calendar }»
deadline-breached-under = Нарушен при уровне «{ $severity }»: { $at }
deadline-would-be-breached-under = Был бы нарушен при уровне «{ $severity }»: { $at }

## Шкала времени.
deadline-timeline-title = Рабочее и нерабочее время
deadline-timeline-caption = От открытия ({ $opened }) до последнего срока, в поясе { $zone }. Долгие нерабочие промежутки показаны сжатыми, с разрывом.
deadline-lane-summary = { $lane }: { $working } рабочего времени из { $shown } на шкале
deadline-lane-response = Время на ответ: { $calendar }
deadline-lane-resolution = Время на решение: { $calendar }
deadline-mark-opened = Открыт
deadline-mark-paused = Пауза
deadline-mark-resumed = Возобновлён
deadline-mark-severity = Уровень → { $severity }
deadline-mark-responded = Ответ дан
deadline-mark-resolved = Решён
deadline-mark-response-due = Срок ответа
deadline-mark-resolution-due = Срок решения
deadline-mark-now = Сейчас
deadline-legend-open = рабочее время
deadline-legend-closed = нерабочее время
deadline-legend-compressed = долгий нерабочий промежуток, сжат
deadline-legend-paused = пауза

## События.
deadline-events-title = Что произошло с тех пор
deadline-no-events = Событий нет: отсчёт идёт с момента открытия.
deadline-remove-event = Удалить: { $event }
deadline-remove = Удалить
deadline-event = Событие
deadline-event-paused-choice = Пауза (ждём клиента)
deadline-date = Дата
deadline-time = Время
deadline-add-event = Добавить событие
# A target's length in hours and minutes (each already in words).
deadline-unknown-plan = неизвестный план «{ $plan }»; выберите один из планов каталога

## Слова движка об инцидентах (engine/src/sla).
sla-severity-critical = критический
sla-severity-high = высокий
sla-severity-medium = средний
sla-severity-low = низкий
sla-severity-title-critical = Критический
sla-severity-title-high = Высокий
sla-severity-title-medium = Средний
sla-severity-title-low = Низкий
sla-event-paused = Пауза
sla-event-resumed = Возобновлён
sla-event-severity-changed = Уровень критичности изменён на «{ $severity }»
sla-event-responded = Ответ дан
sla-event-resolved = Решён
sla-unknown-severity = неизвестный уровень критичности «{ $value }»; укажите critical, high, medium или low
sla-unknown-event = неизвестное событие «{ $value }»; укажите paused, resumed, responded, resolved или severity-<уровень>
sla-event-before-opening = событие не может произойти раньше открытия инцидента; выберите более позднее время
sla-now-before-opening = текущее время { $now } раньше открытия инцидента ({ $opened })
sla-event-at = событие «{ $kind }» в { $at }
sla-event-is-before-opening = { $event } раньше открытия инцидента
sla-event-is-after-now = { $event } позже текущего времени { $now }
sla-event-after-resolution = { $event } после того, как инцидент решён
sla-already-paused = { $event }: отсчёт уже приостановлен
sla-not-paused = { $event }: отсчёт не был приостановлен
sla-already-responded = { $event }: первый ответ уже был дан
sla-target-too-long = цель в { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} слишком длинная

## Города для выбора часового пояса, по одному на пояс (engine/src/zones.rs), по имени IANA.
zone-utc = UTC
zone-europe-amsterdam = Амстердам
zone-europe-athens = Афины
zone-europe-belgrade = Белград
zone-europe-berlin = Берлин
zone-europe-brussels = Брюссель
zone-europe-bucharest = Бухарест
zone-europe-budapest = Будапешт
zone-europe-chisinau = Кишинёв
zone-europe-copenhagen = Копенгаген
zone-europe-dublin = Дублин
zone-europe-helsinki = Хельсинки
zone-europe-istanbul = Стамбул
zone-europe-kaliningrad = Калининград
zone-europe-kyiv = Киев
zone-europe-lisbon = Лиссабон
zone-europe-london = Лондон
zone-europe-madrid = Мадрид
zone-europe-minsk = Минск
zone-europe-moscow = Москва
zone-europe-oslo = Осло
zone-europe-paris = Париж
zone-europe-prague = Прага
zone-europe-riga = Рига
zone-europe-rome = Рим
zone-europe-samara = Самара
zone-europe-sofia = София
zone-europe-stockholm = Стокгольм
zone-europe-tallinn = Таллин
zone-europe-vienna = Вена
zone-europe-vilnius = Вильнюс
zone-europe-warsaw = Варшава
zone-europe-zurich = Цюрих
zone-asia-almaty = Алматы
zone-asia-baku = Баку
zone-asia-bangkok = Бангкок
zone-asia-bishkek = Бишкек
zone-asia-dhaka = Дакка
zone-asia-dubai = Дубай
zone-asia-ho-chi-minh = Хошимин
zone-asia-hong-kong = Гонконг
zone-asia-irkutsk = Иркутск
zone-asia-jakarta = Джакарта
zone-asia-jerusalem = Иерусалим
zone-asia-karachi = Карачи
zone-asia-kolkata = Калькутта, Мумбаи, Нью-Дели
zone-asia-krasnoyarsk = Красноярск
zone-asia-kuala-lumpur = Куала-Лумпур
zone-asia-manila = Манила
zone-asia-novosibirsk = Новосибирск
zone-asia-omsk = Омск
zone-asia-riyadh = Эр-Рияд
zone-asia-seoul = Сеул
zone-asia-shanghai = Шанхай, Пекин
zone-asia-singapore = Сингапур
zone-asia-taipei = Тайбэй
zone-asia-tashkent = Ташкент
zone-asia-tbilisi = Тбилиси
zone-asia-tehran = Тегеран
zone-asia-tokyo = Токио
zone-asia-vladivostok = Владивосток
zone-asia-yakutsk = Якутск
zone-asia-yekaterinburg = Екатеринбург
zone-asia-yerevan = Ереван
zone-america-anchorage = Анкоридж
zone-america-bogota = Богота
zone-america-argentina-buenos-aires = Буэнос-Айрес
zone-america-chicago = Чикаго
zone-america-denver = Денвер
zone-america-lima = Лима
zone-america-los-angeles = Лос-Анджелес, Сан-Франциско
zone-america-mexico-city = Мехико
zone-america-new-york = Нью-Йорк
zone-america-phoenix = Финикс
zone-america-santiago = Сантьяго
zone-america-sao-paulo = Сан-Паулу
zone-america-toronto = Торонто
zone-america-vancouver = Ванкувер
zone-africa-cairo = Каир
zone-africa-casablanca = Касабланка
zone-africa-johannesburg = Йоханнесбург
zone-africa-lagos = Лагос
zone-africa-nairobi = Найроби
zone-pacific-auckland = Окленд
zone-australia-brisbane = Брисбен
zone-pacific-honolulu = Гонолулу
zone-australia-perth = Перт
zone-australia-sydney = Сидней, Мельбурн
