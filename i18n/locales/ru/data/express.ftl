### Russian for the English texts of eXpress in the catalog and its source quotes.
### Each key is slacalc_i18n::data_key(original); the comment above it is the original.
### Missing entries: cargo test -p slacalc-engine --test catalog_words

# Type of service registration Agreement for the provision of technical support services
data-0bc0175c29c98552 = Тип оформления услуги Договор на оказание услуг технической поддержки

# Agreement for the provision of technical support services
data-f63d51953bce8573 = Договор на оказание услуг технической поддержки

# Working days 10:00–19:00 Moscow time
data-ac586746cc66bfd2 = Рабочие дни 10:00–19:00 по московскому времени

# "Working days" of a Russian provider are read as the Russian production calendar (official days off and transferred working days); the stated hours hold on pre-holiday days too.
data-17eaae6e0e562cc2 = «Рабочие дни» российского поставщика определяются по производственному календарю РФ (официальные выходные и перенесённые рабочие дни); указанные часы действуют и в предпраздничные дни.

# On working days from 10:00 to 19:00 (MSK)
data-b81249f944dbf4f0 = В рабочие дни с 10:00 до 19:00 (МСК)

# Around the clock (Moscow time)
data-14535afaccc92439 = Круглосуточно (по московскому времени)

# 24/7 (including weekends and holidays) restoration of functionality in the event of a critical/high incident within a specified time depending on the criticality of the failure.
data-cae06f3cdab596f9 = 24/7 (включая выходные и праздничные дни) восстановление работоспособности при критическом/высоком инциденте в установленный срок в зависимости от критичности сбоя.

# eXpress — technical support options, comparison, priorities and cost
data-7e1c7e3ddf655a88 = eXpress — варианты технической поддержки, сравнение, приоритеты и стоимость

# Chat
data-1d318e9d0ccba86b = Чат

# » Chat
data-4df763fa7f27b190 = » Чат

# Web interface
data-04b569fbf08280f2 = Веб-интерфейс

# » Web interface
data-3b1ccb5349f1f06b = » Веб-интерфейс

# E-Mail
data-63e457bc703a3030 = Электронная почта

# » E-Mail
data-135e725c39ba7d4b = » Электронная почта

# Telephone
data-e711220b24772417 = Телефон

# » Telephone
data-624979d22dc99d96 = » Телефон

# % of requests completed within the specified timeframe (within SLA) 90 90 90
data-7e604ffb0c6c74c7 = % обращений, выполненных в установленный срок (в рамках SLA) 90 90 90

# Receiving and registering requests
data-ff4982f8beb46ceb = Приём и регистрация обращений

# Receiving and registering requests On working days from 10:00 to 19:00 (MSK) 24/7 24/7
data-a7b0b88b304678c4 = Приём и регистрация обращений В рабочие дни с 10:00 до 19:00 (МСК) 24/7 24/7

# Consultations
data-db0ef7724a3d1335 = Консультации

# Consultations On working days from 10:00 to 19:00 (MSK) On working days from 10:00 to 19:00 (MSK) On working days from 10:00 to 19:00 (MSK)
data-cd4aaebbbdcf8fa2 = Консультации В рабочие дни с 10:00 до 19:00 (МСК) В рабочие дни с 10:00 до 19:00 (МСК) В рабочие дни с 10:00 до 19:00 (МСК)

# System administration work
data-97c17b7e29cafb1b = Работы по системному администрированию

# System administration work On working days from 10:00 to 19:00 (MSK) 24/7 24/7
data-ee66e810649205d4 = Работы по системному администрированию В рабочие дни с 10:00 до 19:00 (МСК) 24/7 24/7

# Resolving critical/high priority incidents
data-992bd8f97bcd95f5 = Устранение инцидентов критического/высокого приоритета

# Resolving critical/high priority incidents On working days from 10:00 to 19:00 (MSK) 24/7 24/7
data-457ea1fe752aa622 = Устранение инцидентов критического/высокого приоритета В рабочие дни с 10:00 до 19:00 (МСК) 24/7 24/7

# Reporting and access to an automated application registration system are provided.
data-f29fa0d77eedec21 = Предоставляются отчётность и доступ к автоматизированной системе регистрации обращений.

# Basic package of services
data-63fc4b88f1ac0242 = Базовый пакет услуг

# Each type of technical support initially includes a basic package of services:
data-8028740ebf9dd271 = Каждый вид технической поддержки изначально включает базовый пакет услуг:

# » Remote consultation, diagnostics, identification of failure causes without visiting the Customer's site
data-be5cbb5067b78cb3 = » Удалённая консультация, диагностика, выявление причин сбоя без выезда на площадку Заказчика

# Remote consultation, diagnostics, identification of failure causes without visiting the Customer's site.
data-98504bb9e6d0419c = Удалённая консультация, диагностика, выявление причин сбоя без выезда на площадку Заказчика.

# » Troubleshooting, returning to working condition
data-2042d0462830f98d = » Устранение неисправностей, восстановление работоспособности

# Troubleshooting, returning to working condition.
data-bdda397c7a91437e = Устранение неисправностей, восстановление работоспособности.

# » Checking the operation of a faulty component
data-b88863e2385fd9d6 = » Проверка работы неисправного компонента

# Checking the operation of a faulty component.
data-f9af6b122d0500e5 = Проверка работы неисправного компонента.

# » Modeling problems
data-738fb34199221fe7 = » Моделирование проблем

# Modeling problems.
data-4c2d2fa8b2046f18 = Моделирование проблем.

# » Maintenance of bugs transferred to the Contractor for development
data-d161fe6753b2ede4 = » Сопровождение ошибок, переданных Исполнителю в разработку

# Maintenance of bugs transferred to the Contractor for development.
data-28e89727c230a081 = Сопровождение ошибок, переданных Исполнителю в разработку.

# » Checking for industrial operation errors of the System
data-50ff539eae3bb00b = » Проверка Системы на ошибки промышленной эксплуатации

# Checking for industrial operation errors of the System.
data-9e308541347fb5ba = Проверка Системы на ошибки промышленной эксплуатации.

# » Service Level Agreement (SLA) Report
data-11ee925e6fbfd998 = » Отчёт о соблюдении соглашения об уровне сервиса (SLA)

# Service Level Agreement (SLA) Report.
data-c55090c518b9df8f = Отчёт о соблюдении соглашения об уровне сервиса (SLA).

# SLA report
data-6875af00bae92fdd = Отчёт по SLA

# Service Level Agreement (SLA) Report Yes Yes Yes
data-fcd44a16901f91c8 = Отчёт о соблюдении соглашения об уровне сервиса (SLA) Да Да Да

# System administration
data-e09d64fd9764c912 = Системное администрирование

# Available optionally on this schedule; the source gives no hours or rates for it here (the footnote on working hours and the double rate outside them belongs to Premium's "120 hours per year*").
data-5b957c55e6c5f5dd = На этом графике доступно опционально; здесь источник не указывает для него ни часов, ни ставок (сноска о рабочих часах и двойной ставке вне их относится только к «120 часам в год*» плана Premium).

# System administration services Available optionally Available optionally 120 hours per year*
data-ab539fc3b6623f42 = Услуги системного администрирования Доступно опционально Доступно опционально 120 часов в год*

# Visit to the customer's site
data-f4a8dfc80b0efb03 = Выезд на площадку заказчика

# Moscow region and some other Russian regions.
data-4295124d6572958e = Московский регион и некоторые другие регионы России.

# Visit to the customer's site to resolve complex issues/carry out proactive activities** Available optionally Available optionally As needed, but no more. 1 time per quarter
data-68925fac9212e5d3 = Выезд на площадку заказчика для решения сложных вопросов/проведения проактивных работ** Доступно опционально Доступно опционально По необходимости, но не более 1 раза в квартал

# Available for Moscow region and some other Russian regions
data-f734f1fb350c7e04 = Доступно для Московского региона и некоторых других регионов России

# Available for the Moscow region and some other Russian regions.
data-da6bd477c8b8d919 = Доступно для Московского региона и некоторых других регионов России.

# Dedicated engineer
data-5a2a85beac6cc0e3 = Выделенный инженер

# Dedicated Engineer Available optionally Available optionally Yes
data-23076a96316d09a4 = Выделенный инженер Доступно опционально Доступно опционально Да

# Personal support manager
data-6200c52bc9c5d3f5 = Персональный менеджер поддержки

# Personal support manager Available optionally Available optionally Yes
data-e6f8803591191f32 = Персональный менеджер поддержки Доступно опционально Доступно опционально Да

# Additional set of services
data-409f719bc6366263 = Дополнительный набор услуг

# It is possible to optionally include a set of additional services, which will lead to a reduction in downtime during technical procedures.
data-860339dbfde44c6e = Можно опционально подключить набор дополнительных услуг, что сократит время простоя при проведении технических работ.

# The 8/5 schedule can optionally include a set of additional services.
data-60da91e650c80a41 = К графику 8/5 можно опционально подключить набор дополнительных услуг.

# Support for testing and developer platforms
data-14a131f2212a5898 = Поддержка тестовых площадок и площадок разработчиков

# Support for testing and developer platforms.
data-3840946e5af4bd42 = Поддержка тестовых площадок и площадок разработчиков.

# Chat Bot, standard and custom SmartApp support
data-b2bf6c010c86c730 = Поддержка чат-бота, стандартных и заказных SmartApp

# Chat Bot, standard and custom SmartApp support.
data-420ba3c8490457fa = Поддержка чат-бота, стандартных и заказных SmartApp.

# System administration services
data-f82695f2da68eb9a = Услуги системного администрирования

# System administration services.
data-127c7fa9204882dc = Услуги системного администрирования.

# Monitoring key system parameters, tuning threshold values
data-a3a73e0def269f75 = Мониторинг ключевых параметров системы, настройка пороговых значений

# Monitoring key system parameters, tuning threshold values.
data-3bcdccad5ea0c7a1 = Мониторинг ключевых параметров системы, настройка пороговых значений.

# Proactive analysis and elimination of industrial operation errors, including in collaboration with engineers of related systems
data-7bed69d567da9785 = Проактивный анализ и устранение ошибок промышленной эксплуатации, в том числе совместно с инженерами смежных систем

# Proactive analysis and elimination of industrial operation errors, including in collaboration with engineers of related systems.
data-6f02809f786fb791 = Проактивный анализ и устранение ошибок промышленной эксплуатации, в том числе совместно с инженерами смежных систем.

# Regularly update production landscape servers
data-ab1f174e70791e19 = Регулярное обновление серверов продуктивного контура

# Regularly update production landscape servers.
data-3ef2d1491dce5775 = Регулярное обновление серверов продуктивного контура.

# Formulation of requirements for system improvements and monitoring of their implementation
data-1167f8689a3678c3 = Формирование требований к доработкам системы и контроль их реализации

# Formulation of requirements for system improvements and monitoring of their implementation.
data-ca2406be0a8f7ab7 = Формирование требований к доработкам системы и контроль их реализации.

# Publishing client software updates on internal resources, supporting the publication of a branded application
data-ddd8cbe996dd67c7 = Публикация обновлений клиентского ПО на внутренних ресурсах, сопровождение публикации брендированного приложения

# Publishing client software updates on internal resources, supporting the publication of a branded application.
data-d4ca66eb5a3790eb = Публикация обновлений клиентского ПО на внутренних ресурсах, сопровождение публикации брендированного приложения.

# Tracking client software updates
data-9c612a2f2786bc62 = Отслеживание обновлений клиентского ПО

# Tracking client software updates.
data-3fd6fa2029f1f524 = Отслеживание обновлений клиентского ПО.

# » preventive maintenance work aimed at preventing failures
data-d0931c0badb16956 = » профилактические работы, направленные на предотвращение сбоев

# For example, preventive maintenance work aimed at preventing failures.
data-14e30bebd72ee954 = Например, профилактические работы, направленные на предотвращение сбоев.

# » participation of qualified engineers in complex system administration processes (updating the platform version, optimizing server settings)
data-a2a9bcbe92caeb5c = » участие квалифицированных инженеров в сложных процессах системного администрирования (обновление версии платформы, оптимизация настроек серверов)

# For example, qualified engineers taking part in complex system administration (updating the platform version, optimising server settings).
data-01b98aacb9e09787 = Например, участие квалифицированных инженеров в сложном системном администрировании (обновление версии платформы, оптимизация настроек серверов).

# » performance analysis and recommendations
data-8b7abcc7e3ea61c7 = » анализ производительности и рекомендации

# For example, performance analysis and recommendations.
data-f6fa62914f75acaf = Например, анализ производительности и рекомендации.

# Advanced reporting and analytics on requests
data-27706ffe23e8cc61 = Расширенная отчётность и аналитика по обращениям

# Additional services that affect the cost of support:
data-6fbcba464a4614ae = Дополнительные услуги, влияющие на стоимость поддержки:

# Listed among the additional services that affect the cost of support.
data-b6dd75f6ae11cff2 = Входит в число дополнительных услуг, влияющих на стоимость поддержки.

# The need to organize remote access
data-daac2c617358b9e2 = Необходимость организовать удалённый доступ

# ChatBot and/or SmartApp support
data-452b47979c1071ee = Поддержка чат-бота и/или SmartApp

# Receiving and registering requests from 10:00 to 19:00 (Moscow time) on weekdays
data-d188eeeffb3dd715 = Приём и регистрация обращений с 10:00 до 19:00 (по московскому времени) в будние дни

# Requests received and incidents restored on working days, 10:00–19:00 Moscow time.
data-881e6d7c7d7df2b2 = Приём обращений и восстановление после инцидентов в рабочие дни, 10:00–19:00 по московскому времени.

# 1 hour
data-9899f07ee811b5ca = 1 час

# Counted on the hours this plan receives and registers requests.
data-2005b908114ceede = Срок считается в те часы, когда по этому плану принимают и регистрируют обращения.

# Initial reaction time 1 hour 1 hour 15 minutes
data-cd4c783875d10bcc = Время первоначальной реакции 1 час 1 час 15 минут

# 5 hours
data-ac8dcb1be0ba740f = 5 часов

# On 8/5, critical and high incidents are resolved on working days 10:00–19:00 (MSK).
data-af03486532c9a49c = На графике 8/5 критические и высокие инциденты устраняются в рабочие дни 10:00–19:00 (МСК).

# 1st priority (critical) 5 hours 5 hours 4 hours
data-3ac11100a7229914 = 1-й приоритет (критический) 5 часов 5 часов 4 часа

# 8 hours
data-9a7ef278286d0f54 = 8 часов

# 2nd priority (high) 8 hours 8 hours 6 hours
data-99a82aba2f9437c9 = 2-й приоритет (высокий) 8 часов 8 часов 6 часов

# 16 working hours
data-7fb0e06c358e1f92 = 16 рабочих часов

# 3rd priority (medium) 16 working hours 16 hours 16 hours
data-a2f28f622f594319 = 3-й приоритет (средний) 16 рабочих часов 16 часов 16 часов

# 40 working hours
data-9439971f4064eb5d = 40 рабочих часов

# 4th priority (low) 40 working hours 40 working hours 40 working hours
data-c6e22a3baa798eb0 = 4-й приоритет (низкий) 40 рабочих часов 40 рабочих часов 40 рабочих часов

# Recommended for companies distributed across time zones
data-4373bd122ff723c0 = Рекомендуется компаниям, работающим в нескольких часовых поясах

# Recommended for companies distributed across time zones.
data-94ce33e780f20d6a = Рекомендуется компаниям, работающим в нескольких часовых поясах.

# It is possible to include a set of additional services
data-5ac351e0aa8d875b = Можно подключить набор дополнительных услуг

# The 24/7 schedule can include a set of additional services.
data-ec632867d440d3a4 = К графику 24/7 можно подключить набор дополнительных услуг.

# Requests received and critical/high incidents restored around the clock, weekends and holidays included.
data-8c180e9b8461b24a = Приём обращений и восстановление после критических/высоких инцидентов круглосуточно, включая выходные и праздничные дни.

# 16 hours
data-01f87f2eb96dc3c1 = 16 часов

# The table says "16 hours" for 24/7 where 8/5 says "16 working hours": counted around the clock.
data-4559e125bd91d6fb = Для 24/7 в таблице указано «16 часов», а для 8/5 — «16 рабочих часов»: срок считается круглосуточно.

# "40 working hours": working days 10:00–19:00 (MSK).
data-0154b4d63ceab4d9 = «40 рабочих часов»: рабочие дни 10:00–19:00 (МСК).

# Recommended for large-scale (more than 10 thousand users) solutions
data-ccfa225d30654867 = Рекомендуется для крупных решений (более 10 тысяч пользователей)

# Recommended for large-scale solutions (more than 10 thousand users).
data-37d2860568aa7f2b = Рекомендуется для крупных решений (более 10 тысяч пользователей).

# Includes 120 hours of system administration work.
data-0a4d1ea2de873d1b = Включает 120 часов работ по системному администрированию.

# A dedicated engineer, familiar with the specifics of the exact installation, provides assistance in system administration, which reduces the time needed to troubleshoot problems.
data-756797a11ab0e15a = Выделенный инженер, знающий особенности конкретной инсталляции, помогает в системном администрировании, что сокращает время на устранение проблем.

# A dedicated engineer familiar with the specifics of the exact installation assists in system administration.
data-831b338a35c09eb2 = Выделенный инженер, знающий особенности конкретной инсталляции, помогает в системном администрировании.

# A dedicated support manager who takes on all organizational issues and tasks related to prioritizing requests, escalating them, and working on requests for new features.
data-35e53ad1928c3890 = Выделенный менеджер поддержки берёт на себя все организационные вопросы и задачи, связанные с приоритизацией обращений, их эскалацией и работой с запросами на новую функциональность.

# A dedicated support manager takes on organisational issues: prioritising and escalating requests, requests for new features.
data-e66fe2d9fc7a2360 = Выделенный менеджер поддержки берёт на себя организационные вопросы: приоритизацию и эскалацию обращений, запросы на новую функциональность.

# Fully maintains statuses for all customer requests and tasks
data-76e633d1f2e2e0fc = Полностью ведёт статусы всех обращений и задач заказчика

# Keeps the status of every customer request and task.
data-56f059230711e7e3 = Ведёт статус каждого обращения и задачи заказчика.

# Analysis of key performance parameters and provision of recommendations.
data-e61cba49935974dc = Анализ ключевых параметров производительности и выдача рекомендаций.

# Analysis of key performance parameters and recommendations.
data-7eeec210f9b6e288 = Анализ ключевых параметров производительности и рекомендации.

# Proactive analysis and elimination of operation errors in production installation, including in collaboration with engineers of related systems
data-ef819ffcb118baaa = Проактивный анализ и устранение ошибок эксплуатации в продуктивной инсталляции, в том числе совместно с инженерами смежных систем

# Proactive analysis and elimination of operation errors in the production installation, with engineers of related systems where needed.
data-2fe404db08224b5c = Проактивный анализ и устранение ошибок эксплуатации в продуктивной инсталляции, при необходимости совместно с инженерами смежных систем.

# Monitoring client software updates and publishing client software updates on internal resources
data-03f18123527634f8 = Отслеживание обновлений клиентского ПО и публикация обновлений клиентского ПО на внутренних ресурсах

# Monitoring client software updates and publishing them on internal resources.
data-c4a927642c7949cc = Отслеживание обновлений клиентского ПО и их публикация на внутренних ресурсах.

# A minimum of 120 working hours a year (Moscow time) that can be increased; work outside working hours is charged at double the rate. The footnote (*) belongs to Premium's "120 hours per year*" only.
data-03f4b1179508bc5c = Не менее 120 рабочих часов в год (по московскому времени), их можно увеличить; работа вне рабочего времени оплачивается по двойной ставке. Сноска (*) относится только к «120 часам в год*» плана Premium.

# Minimum number of hours for this type of support. The amount of hours can be increased.
data-8e31ae8de0a9f93b = Минимальное количество часов для этого вида поддержки. Количество часов можно увеличить.

# 120 hours a year is the minimum; the hours can be increased.
data-d26c4cc99df56aa4 = 120 часов в год — минимум; количество часов можно увеличить.

# Hours are defined for working hours, according to Moscow time (UTC+3).
data-bc2fee9ed65b5a77 = Часы определяются для рабочего времени по московскому времени (UTC+3).

# The hours are working hours, Moscow time (UTC+3).
data-fcbe8075ebde8a55 = Часы — рабочие, по московскому времени (UTC+3).

# If work needs to be carried out outside of working hours, hours are charged at double the rate.
data-310ee4717145ee9e = Если работы нужно провести вне рабочего времени, часы оплачиваются по двойной ставке.

# Work outside working hours is charged at double the rate.
data-faa9d3d4b5a60458 = Работа вне рабочего времени оплачивается по двойной ставке.

# Premium's own description already includes system administration (120 hours a year), proactive analysis of operation errors, and monitoring and publishing client software updates (see its notes); the rest are options.
data-44e02fe4f35f8efb = Описание Premium уже включает системное администрирование (120 часов в год), проактивный анализ ошибок эксплуатации, отслеживание и публикацию обновлений клиентского ПО (см. его примечания); остальное — опции.

# By combining your schedule and the services you need, you can create a customized support package.
data-6116f1dc98788499 = Сочетая график и нужные вам услуги, вы можете собрать индивидуальный пакет поддержки.

# A schedule is combined with the services needed into a customised package.
data-8267acf589738169 = График сочетается с нужными услугами в индивидуальный пакет.

# 24/7 recovery of critical/high incidents with reduced response and troubleshooting times
data-1b7f58fcb687a668 = Восстановление после критических/высоких инцидентов 24/7 с сокращённым временем реакции и устранения

# 24/7 with shorter reaction and resolution times, 120 hours of system administration a year, a dedicated engineer and a personal manager.
data-f3ce2befc8d02014 = 24/7 с сокращённым временем реакции и устранения, 120 часов системного администрирования в год, выделенный инженер и персональный менеджер.

# 15 minutes
data-2a46c7c5730014aa = 15 минут

# 4 hours
data-7aa29984e3199a10 = 4 часа

# 6 hours
data-1741ba7f5b595722 = 6 часов

# The table says "16 hours" for Premium where 8/5 says "16 working hours": counted around the clock.
data-473e203f1cc142da = Для Premium в таблице указано «16 часов», а для 8/5 — «16 рабочих часов»: срок считается круглосуточно.

# The cost of support is calculated based on the support schedule, number of users, number of CTS servers and fault tolerance solution.
data-20a167f67c54c635 = Стоимость поддержки рассчитывается исходя из графика поддержки, количества пользователей, количества серверов CTS и решения для отказоустойчивости.

# The price depends on the schedule, the number of users, the number of servers and the fault-tolerance option, plus additional services; no rates are published.
data-c9469c2d1f8aad7e = Цена зависит от графика, количества пользователей, количества серверов и опции отказоустойчивости, а также от дополнительных услуг; ставки не публикуются.

# On-site visits are available in the Moscow region and some other Russian regions.
data-5723467b1583706a = Выезд на площадку возможен в Московском регионе и некоторых других регионах России.

# A ticket that does not contain a detailed description of the problem is assigned a low priority by default.
data-41360e6d2c547c18 = Обращению без подробного описания проблемы по умолчанию присваивается низкий приоритет.

# A ticket without a detailed description of the problem is low priority by default.
data-6663cf5e5f90552c = Обращение без подробного описания проблемы по умолчанию получает низкий приоритет.

# The priority may be raised during the diagnostic process of the problem, or upon receipt of additional information from the Customer.
data-407515b352f3ae5b = Приоритет может быть повышен в ходе диагностики проблемы или при получении дополнительной информации от Заказчика.

# The priority may be raised during diagnosis or when the customer sends more information.
data-ba0da3c9aa907fae = Приоритет может быть повышен в ходе диагностики или когда заказчик присылает дополнительные сведения.

# If during the diagnostic process it is revealed that the priority set by the Customer does not correspond to reality, the Customer is notified of this and the priority is changed.
data-7adfe3b476006ff3 = Если в ходе диагностики выясняется, что установленный Заказчиком приоритет не соответствует действительности, Заказчик уведомляется об этом и приоритет изменяется.

# If diagnosis shows the customer's priority does not match reality, the customer is told and the priority is changed.
data-3fdc021a1277b253 = Если диагностика показывает, что приоритет заказчика не соответствует действительности, заказчику сообщают об этом и приоритет меняют.

# A decrease in the priority of an appeal due to partial restoration of functionality from critical to high and in the case of partial restoration of functionality from high to medium is possible upon agreement with the Customer.
data-8a583c701f227658 = Понижение приоритета обращения вследствие частичного восстановления работоспособности с критического до высокого и при частичном восстановлении работоспособности с высокого до среднего возможно по согласованию с Заказчиком.

# On partial restoration the priority may be lowered, critical to high or high to medium, with the customer's agreement.
data-50449fca69c80afa = При частичном восстановлении приоритет можно понизить — с критического до высокого или с высокого до среднего — по согласованию с заказчиком.

# The system is completely inoperative for all users; there are no workarounds for working in the system. The functionality cannot be restored by the Customer even to a limited extent.
data-55e08d1e48ca74bd = Система полностью неработоспособна для всех пользователей; обходных путей для работы в системе нет. Заказчик не может восстановить работоспособность даже в ограниченном объёме.

# 1st priority (critical)
data-c26a9b85a32b96d3 = 1-й приоритет (критический)

# The system is completely inoperative for all users; there are no workarounds for working in the system.
data-ea63185f2937e831 = Система полностью неработоспособна для всех пользователей; обходных путей для работы в системе нет.

# The performance of the System is significantly impaired, some functions may be unavailable. There is no applicable workaround, however the System remains functional overall. Business processes are not disrupted. Normal functionality cannot be restored by the Customer.
data-4dd4b1224348a90e = Производительность Системы значительно снижена, некоторые функции могут быть недоступны. Применимого обходного пути нет, однако в целом Система остаётся работоспособной. Бизнес-процессы не нарушены. Заказчик не может восстановить нормальную работоспособность.

# 2nd priority (high)
data-4c7d497d05e01e88 = 2-й приоритет (высокий)

# The performance of the System is significantly impaired, some functions may be unavailable.
data-dbd94133024c1cc1 = Производительность Системы значительно снижена, некоторые функции могут быть недоступны.

# The performance of the System has slightly deteriorated, resulting in inconvenience in operation or the need to use alternative or workaround solutions.
data-ec1b0c22de7b3e17 = Производительность Системы незначительно ухудшилась, что приводит к неудобствам в работе или к необходимости использовать альтернативные или обходные решения.

# 3rd priority (medium)
data-ec2630b7b117e176 = 3-й приоритет (средний)

# The functionality of the System is not affected: minor inconvenience, error in documentation, etc., which do not interfere with operations in the System.
data-cabfd865296f957d = Функциональность Системы не затронута: мелкие неудобства, ошибка в документации и т. п., не мешающие работе в Системе.

# 4th priority (low)
data-bccff9ae28138d74 = 4-й приоритет (низкий)
