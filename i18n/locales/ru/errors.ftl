# Ошибки движка: календари, время и часовые пояса, каталог, ссылки с пакетом
# или коммерческим предложением. Часто идут после двоеточия («календарь x: …»),
# поэтому начинаются со строчной буквы.

## Сроки и годы, которые считает движок.
error-target-too-long = { $minutes ->
    [one] { $minutes } минута — слишком долгий срок
    [few] { $minutes } минуты — слишком долгий срок
    [many] { $minutes } минут — слишком долгий срок
   *[other] { $minutes } минуты — слишком долгий срок
}
error-target-negative = срок не может быть отрицательным
error-instant-outside-years = { $at } — за пределами лет, с которыми работает slacalc ({ $years })
error-answer-outside-years = ответ приходится на { $year } год, за пределами лет, с которыми работает slacalc ({ $years })
error-answer-unrepresentable = ответ лежит за пределами представимых дат

## Календари: часовые пояса, даты, время, рабочие часы.
error-zone-missing = у календаря не указан часовой пояс; укажите название IANA, например Europe/Moscow
error-zone-unknown = неизвестный часовой пояс `{ $name }`. Укажите название IANA, например Europe/Moscow или America/New_York
error-zone-fixed-offset = неизвестный часовой пояс `{ $name }`. Фиксированное смещение — не часовой пояс: укажите место, например Europe/Moscow для UTC+3
error-date-unreadable = `{ $text }` — не дата; пишите ГГГГ-ММ-ДД, например 2026-11-20
error-time-unreadable = `{ $text }` — не время; пишите ЧЧ:ММ, например 18:00
error-date-missing = Дата не указана; выберите её.
error-time-missing = Время не указано; выберите его.
error-time-skipped = { $date } { $time } не существует в поясе { $zone }: при переходе на летнее время часы это время пропускают; выберите время на час позже
error-holiday-outside-years = праздник { $date } — за пределами лет, с которыми работает slacalc ({ $years })
error-extra-day-outside-years = дополнительный рабочий день { $date } — за пределами лет, с которыми работает slacalc ({ $years })
error-holiday-and-extra-day = { $date } — одновременно праздник и дополнительный рабочий день; оставьте его в одном списке
error-wall-time-out-of-day = { $time } — не время суток; используйте от 00:00 до 23:59 или 24:00 как конец
error-wall-time-unreadable = `{ $text }` — не время суток; пишите ЧЧ:ММ, например 09:30
error-interval-starts-at-end = интервал не может начинаться в 24:00; начните его в 00:00 следующего дня
error-interval-empty = интервал { $interval } пуст; задайте разные начало и конец (00:00–24:00 — весь день)
error-intervals-overlap = { $day }: интервалы { $first } и { $second } пересекаются; объедините их или сдвиньте один
error-interval-overlaps-overnight = { $day }: интервал { $interval } пересекается с ночными часами дня «{ $previous }», которые длятся до { $until }
error-day-mon = пн
error-day-tue = вт
error-day-wed = ср
error-day-thu = чт
error-day-fri = пт
error-day-sat = сб
error-day-sun = вс
error-day-extra-hours = часы дополнительных рабочих дней
error-day-date = { $date }
error-day-extra = дополнительный рабочий день { $date }

## Каталог (сломанная сборка или файл поставщика в работе).
error-catalog-file = файл каталога { $name }: { $detail }
error-in-calendar = календарь { $id }
error-calendar-id-twice = идентификатор календаря { $id } использован дважды
error-plan-id-twice = идентификатор плана { $id } использован дважды
error-plan-severity-missing = план { $id } ничего не говорит об уровне { $severity }
error-plan-unknown-calendar = план { $id }: неизвестный календарь { $calendar }
error-plan-unknown-document = план { $id }: неизвестный документ { $document }
error-in-package = пакет «{ $name }»

## Ссылки с пакетом или коммерческим предложением.
error-link-package = ссылка на пакет
error-link-quote = ссылка на коммерческое предложение
error-link-damaged = { $what } повреждена (обрезана или изменена); попросите прислать ссылку ещё раз
error-link-damaged-detail = { $what } повреждена (обрезана или изменена; { $detail }); попросите прислать ссылку ещё раз
error-link-newer = { $what } создана более новой версией slacalc (формат { $version }); перезагрузите страницу, чтобы получить её

## Приложение: каталог в сборке, скачивание, файлы для загрузки.
app-error-catalog = Не удалось прочитать каталог планов: { $reason }. Перезагрузите страницу; если ошибка повторяется, эта сборка неисправна.
app-error-download-refused = Браузер не разрешил скачивание; разрешите скачивание для этого сайта и попробуйте ещё раз.
app-error-file-unreadable = Файл не удалось прочитать. Ничего не изменено.
app-error-import-refused = Этот файл нельзя загрузить: { $reason }. Ничего не изменено.
app-error-not-imported = Ничего не загружено: { $reason }. Попробуйте ещё раз.
app-error-view-not-loaded = Не удалось загрузить эту страницу (прервалось соединение или slacalc только что обновился). Проверьте соединение и перезагрузите страницу.
app-error-part-not-loaded = Не удалось загрузить часть slacalc, которая читает и сохраняет файлы (прервалось соединение или slacalc только что обновился). Ничего не изменено; проверьте соединение и попробуйте ещё раз.
