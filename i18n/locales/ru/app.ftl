# Рамка приложения: заголовок, шапка, навигация, выбор языка, сбои.
page-title = slacalc — планы поддержки и сроки SLA
skip-to-content = Перейти к содержимому
nav-label = Разделы
nav-compare = Сравнить
nav-deadline = Сроки
nav-simulate = Моделирование
nav-price = Цены
nav-build = Конструктор
language-switch = Язык
view-failed-title = Этот раздел не удалось показать
view-failed-check-link = Проверьте ссылку, по которой вы пришли, или
view-failed-home = начните заново с главной страницы.
plans-unavailable = Планы недоступны
notices-title = Часть этой ссылки не удалось использовать.
dismiss = Скрыть
