# Что из ссылки не удалось использовать (показывается над видом).
notice-lang-unknown = Ссылка просит язык «{ $value }», которого slacalc не знает; она открыта на вашем языке.
untranslated = { $text }
error-in-context = { $context }: { $message }

## Части ссылки на раздел, которые нельзя использовать (каждая называет своё
## поле), и введённые значения, которые не принимаются.
notice-plan-unknown = Ссылка называет план, которого slacalc не знает, — `{ $id }`; он пропущен.
notice-flag = `{ $field }={ $value }` — ни 1, ни 0; требование не учитывается.
notice-count = `{ $text }` — не целое число от 0 и больше
notice-packages-pricing = `packages={ $value }`: укажите parts или base; пакеты оцениваются по составу
notice-package-not-comparable = Пакет из ссылки нельзя сравнить: { $reason }.
notice-package-unusable = { $reason }.
notice-package-not-loaded = Не удалось прочитать пакет из ссылки: часть slacalc, которая его читает, не загрузилась. Проверьте соединение и перезагрузите страницу
notice-plans-none = Ни один план из ссылки нельзя показать; показаны планы по умолчанию.
notice-critical-response = Требование к ответу на критический инцидент `{ $text }` — не число минут от 1 до { $max }; оно не учитывается.
notice-quote-unusable = Это коммерческое предложение нельзя показать: { $reason }.
notice-quote-no-plan = В ссылке не указан план для коммерческого предложения.
notice-deadline-plan-unknown = Ссылка называет план, которого slacalc не знает, — `{ $id }`; вместо него показан { $default }.
notice-severity = { $reason }; показан критический уровень.
notice-opened = Время открытия из ссылки нельзя использовать: { $reason }. Показано текущее время.
notice-zone = { $reason }. Время показано в вашем часовом поясе.
notice-event = Событие `{ $item }` пропущено: { $reason }.
notice-preset-unknown = Типового профиля `{ $name }` нет; показан профиль «Интернет-магазин». Профили: small-team, ecommerce, bank.
notice-four-numbers = Для `{ $field }={ $text }` нужны четыре числа от 0 и больше (критический, высокий, средний, низкий); взяты значения типового профиля.
notice-rates-zero = Все частоты равны 0: моделировать нечего; взяты частоты типового профиля.
notice-work-hours = `work={ $text }`: типичное время работы должно быть больше 0 часов для каждого уровня; взято значение типового профиля.
notice-arrival-grid = Недельный график из ссылки нельзя использовать: { $reason }.
notice-arrival-unknown = Неизвестный график поступления `{ $text }`; укажите uniform, business, nights или grid:<168 весов>.
notice-incidents = `n={ $text }`: моделируйте от 1 000 до 2 000 000 инцидентов; взято 100 000.
notice-seed = `seed={ $text }` — не целое число; взято 1.
link-instant-unreadable = `{ $text }` — не дата и время со смещением, например 2026-11-20T18:00:00+03:00
link-event-form = событие записывается как вид@время, например paused@2026-11-20T19:00:00Z
link-profile-number = `{ $text }` — не число от 0 до 1 000 000 000
link-not-a-number = `{ $text }` — не число
