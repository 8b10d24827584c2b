# Конструктор пакетов: создать, изменить, сохранить, отправить; и что не
# так с пакетом (проверки движка).

## Что не так с пакетом
build-field = { $field ->
    [id] идентификатор
    [name] название
    [hours] часы работы
    [days] рабочие дни
    [targets] сроки
    [share] доля обращений
    [services] услуги
   *[channels] каналы связи
}
build-bad-id = «{ $id }» должен начинаться с «{ $prefix }», за которым идут до 60 строчных латинских букв, цифр или дефисов
build-bad-name = дайте пакету название длиной от 1 до 80 символов
build-calendar-needs-moscow = производственный календарь РФ работает по московскому времени; выберите Europe/Moscow или «с понедельника по пятницу»
build-target-rows = для уровня «{ $severity ->
    [critical] критический
    [high] высокий
    [medium] средний
    [low] низкий
   *[other] { $severity }
}» должна быть ровно одна строка сроков, а их { $count }
build-target-field = { $severity ->
    [critical] критический
    [high] высокий
    [medium] средний
    [low] низкий
   *[other] { $severity }
}, { $kind ->
    [first] первый ответ
   *[resolution] решение
}
build-target-range = { $minutes } мин — вне диапазона от 1 до { $most } мин (год)
build-share-range = { $share } % — вне диапазона от 1 до 100
build-service-needs-name = у каждой услуги должны быть идентификатор и название
build-channel-needs-name = у канала связи должно быть название
build-package-in-link = пакет в ссылке

## Конструктор
build-title = Конструктор пакета
build-link-error = Эту ссылку на пакет не удалось открыть:
build-link-error-next = Сохранённое не изменилось. Начните новый пакет ниже или попросите прислать ссылку ещё раз.
build-schedule-8x5 = 8/5: в рабочие часы
build-schedule-24x7 = 24/7: круглосуточно
build-schedule-premium = Premium: 24/7 с выделенной командой
build-start-title = Новый пакет
build-start-from = На основе
build-schedules = Графики
build-name = Название
build-name-placeholder = например, Ночная поддержка магазинов
build-start = Начать
build-needs-name = Дайте пакету название.
build-based-on-id = На основе { $plan } · идентификатор
build-hours = Часы работы
build-zone = Часовой пояс
build-from = С
build-to = До
build-days = Дни
build-days-weekdays = С понедельника по пятницу
build-days-russian = Производственный календарь РФ (Москва)
build-targets = Сроки
build-severity = Уровень критичности
build-first-response = Первый ответ
build-resolution = Решение
build-share = Доля обращений, для которых гарантируются сроки (%)
build-share-not-whole = доля обращений: «{ $text }» — не целое число от 1 до 100
build-services = Услуги
build-included = Включено
build-optional = Платная опция
build-not-offered = Не предоставляется
build-channels = Каналы связи (через запятую)
build-save = 1. Сохранить
build-price-it = 2. Рассчитать цену
build-quote-it = 3. Подготовить предложение
build-copy-link = Скопировать ссылку
build-compare-it = Сравнить
build-deadlines = Сроки
build-close = Закрыть
build-saving = Сохраняем…
build-not-saved-fix-first = Не сохранено: в пакете, как он заполнен в форме, есть ошибка (она названа выше); сначала исправьте её.
build-not-copied-fix-first = Ссылка не скопирована: в пакете, как он заполнен в форме, есть ошибка (она названа выше); сначала исправьте её.
build-not-compared-fix-first = Сравнение не открыто: в пакете, как он заполнен в форме, есть ошибка (она названа выше); сначала исправьте её.
build-saved-new = Сохранено. Теперь это план в разделах «Сравнить» и «Сроки».
build-saved-updated = Сохранено (обновлено).
build-link-copied = Ссылка скопирована: в ней весь пакет.
build-copy-refused = Браузер не разрешил копирование; скопируйте ссылку ниже.
build-saved-next = Сохранено здесь: рассчитайте цену под размер заказчика, затем подготовьте предложение.
build-unsaved-next = Сохраните пакет, чтобы рассчитать цену, подготовить предложение или посмотреть сроки; после этого он появится как план во всех разделах.
build-share-link = Ссылка для отправки (в ней весь пакет)
build-target-minutes = { $severity ->
    [critical] Критический
    [high] Высокий
    [medium] Средний
    [low] Низкий
   *[other] { $severity }
}, { $kind ->
    [first] первый ответ
   *[resolution] решение
}, минуты (пусто — без срока)
build-target-clock = { $severity ->
    [critical] Критический
    [high] Высокий
    [medium] Средний
    [low] Низкий
   *[other] { $severity }
}, { $kind ->
    [first] первый ответ
   *[resolution] решение
}, режим отсчёта
build-no-target = без срока
build-minutes-unit = мин
build-clock-working = рабочие часы
build-clock-around = 24/7
build-not-minutes = «{ $text }» — не число минут больше 0
build-your-packages = Ваши пакеты
build-no-packages = Сохранённых пакетов пока нет. Сохранённые пакеты появляются как планы во всех разделах.
build-based-on-short = · на основе { $plan }
build-edit = Изменить
build-compare = Сравнить
build-delete = Удалить
build-sent-to-you = Вам прислали пакет
build-based-on = На основе { $plan }
build-summary-hours = Часы:
build-summary-channels = Каналы связи:
build-summary-included = Включено:
build-edit-copy = Изменить копию
