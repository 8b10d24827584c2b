### Russian for the English texts of Tencent Cloud in the catalog and its source quotes.
### Each key is slacalc_i18n::data_key(original); the comment above it is the original.
### Missing entries: cargo test -p slacalc-engine --test catalog_words

# Around the clock
data-0067ea8b6d76a28d = Круглосуточно

# The zone only affects how times are shown; Asia/Hong_Kong is chosen because the hotline list starts there.
data-c05e6ad3820dfd14 = Часовой пояс влияет только на то, как показано время; выбран Asia/Hong_Kong, потому что список горячих линий начинается с него.

# 24/7: Service is available around the clock throughout the year.
data-b0f1e1e11adff440 = 24/7: сервис доступен круглосуточно, круглый год.

# Tencent Cloud Support Plan — Product Introduction
data-a25cfce00562fc12 = Планы поддержки Tencent Cloud — описание продукта

# Ticket via https://console.tencentcloud.com/workorder or log in Tencent Cloud console, click on "Ticket" to enter the ticket management system 24/7
data-6e9a7eabbdccefc2 = Заявка через https://console.tencentcloud.com/workorder или войдите в консоль Tencent Cloud и нажмите «Ticket», чтобы перейти в систему управления заявками 24/7

# Via https://console.tencentcloud.com/workorder, or "Ticket" in the Tencent Cloud console.
data-ff3b8f5d4bd0e4fc = Через https://console.tencentcloud.com/workorder или пункт «Ticket» в консоли Tencent Cloud.

# Ticket
data-b75ee24776b3d425 = Заявка

# Technical Support Ticket (24/7) Phone (24/7) Ticket (24/7) Phone (24/7) Ticket (24/7) Phone (24/7) Ticket (24/7) IM Group Chat (24/7)
data-c85b54740a325824 = Техническая поддержка Заявка (24/7) Телефон (24/7) Заявка (24/7) Телефон (24/7) Заявка (24/7) Телефон (24/7) Заявка (24/7) Групповой чат в мессенджере (24/7)

# Technical support: ticket
data-2af165c7319eb32d = Техническая поддержка: заявки

# with the Basic level being provided for free by default, and the other three levels being paid packages
data-7d79686d4f0f005e = при этом уровень Basic предоставляется бесплатно по умолчанию, а остальные три уровня — платные пакеты

# Free of charge, provided by default.
data-387ddfd3c143946d = Бесплатно, предоставляется по умолчанию.

# Self-support (FAQs and documentation, message subscription, APIs and SDKs)
data-f58accccf5485f3b = Самостоятельная поддержка (частые вопросы и документация, подписка на сообщения, API и SDK)

# Self-Support FAQs and documentation, message subscription, APIs and SDKs, etc. FAQs and documentation, message subscription, APIs and SDKs, etc. FAQs and documentation, message subscription, APIs and SDKs, etc. FAQs and documentation, message subscription, APIs and SDKs, etc.
data-58c8a7b6de8d992d = Самостоятельная поддержка Частые вопросы и документация, подписка на сообщения, API и SDK и т. д. Частые вопросы и документация, подписка на сообщения, API и SDK и т. д. Частые вопросы и документация, подписка на сообщения, API и SDK и т. д. Частые вопросы и документация, подписка на сообщения, API и SDK и т. д.

# Product Documentation Documentation Tencent Cloud Pricing Center Tencent Cloud Pricing Tencent Cloud API & SDK Support TencentCloud API Tencent Cloud Analysis Report Analysis Report Tencent Cloud Whitepaper Whitepaper Tencent Cloud Industry Insights Insights Tencent Cloud
data-4e97a68b018a6bd0 = Документация по продуктам Документация Tencent Cloud Центр цен Цены Tencent Cloud Поддержка API и SDK TencentCloud API Tencent Cloud Аналитический отчёт Аналитический отчёт Tencent Cloud Белая книга Белая книга Tencent Cloud Отраслевая аналитика Аналитика Tencent Cloud

# Self-service channels: Product Documentation, Pricing Center, API & SDK Support, Analysis Report, Whitepaper, Industry Insights.
data-fdf964fcc5f50f18 = Каналы самостоятельной поддержки: документация по продуктам, центр цен, поддержка API и SDK, аналитический отчёт, белая книга, отраслевая аналитика.

# Technical account manager
data-b8ccbdb5c190c08c = Технический менеджер по работе с клиентом

# Technical Account Manager X X X Designated Technical Account Manager
data-1cba25a8f77b848d = Технический менеджер по работе с клиентом X X X Закреплённый технический менеджер по работе с клиентом

# Third-party software support
data-20c094af7e1011f3 = Поддержка стороннего ПО

# Third-Party Software Support X ✓ ✓ ✓
data-139ee10a37156cd4 = Поддержка стороннего ПО X ✓ ✓ ✓

# Infrastructure Event Management (IEM)
data-67dff1e0305d5bfd = Сопровождение инфраструктурных мероприятий (IEM)

# Infrastructure Event Management (IEM) X X X ✓
data-d1a94d7225b405ee = Сопровождение инфраструктурных мероприятий (IEM) X X X ✓

# Tencent Smart Advisor (TSA) health check
data-9a3c32d009d3fa1e = Проверка состояния Tencent Smart Advisor (TSA)

# Tencent Smart Advisor (TSA) Health Check X ✓ ✓ ✓
data-851a17fd5c896ed5 = Проверка состояния Tencent Smart Advisor (TSA) X ✓ ✓ ✓

# Communication & training
data-cbbce60449609fa9 = Взаимодействие и обучение

# Communication & Training X X X ✓
data-98573e9e1d2987d2 = Взаимодействие и обучение X X X ✓

# Service report
data-2d168acccfd85c5e = Отчёт об обслуживании

# Service Report X X X ✓
data-c0e74fac3a179e35 = Отчёт об обслуживании X X X ✓

# Architecture optimization
data-9fbec9b976e22073 = Оптимизация архитектуры

# Architecture Optimization X X X ✓
data-f421609256ee995c = Оптимизация архитектуры X X X ✓

# High-availability optimization
data-19486b9d4e6162b8 = Оптимизация высокой доступности

# High-Availability Optimization X X X ✓
data-573afbb7f69d4777 = Оптимизация высокой доступности X X X ✓

# Stability optimization
data-7d8f91fe2a110535 = Оптимизация стабильности

# Stability Optimization X X X ✓
data-daaee8e8d221f666 = Оптимизация стабильности X X X ✓

# Resources optimization
data-dfadfbda268d6c43 = Оптимизация ресурсов

# Resources Optimization X X X ✓
data-e0aa33f31260a58c = Оптимизация ресурсов X X X ✓

# Case Handling Personnel Customer Service Associates Customer Service Associates Cloud Support Engineers Cloud Support Experts
data-1cc57f20c8144f69 = Кто обрабатывает обращения Специалисты службы поддержки клиентов Специалисты службы поддержки клиентов Инженеры облачной поддержки Эксперты облачной поддержки

# Customer Service Associates
data-b3e7edc46563a309 = Специалисты службы поддержки клиентов

# Basic Provides ticket consultation service
data-b68b5fdf0683835b = Basic Консультации через заявки

# Free ticket consultation for individuals and small businesses.
data-df263ea8e968eb83 = Бесплатные консультации через заявки для частных лиц и малого бизнеса.

# The Basic plan states no response time for business critical cases.
data-037bbc1fdac613f1 = План Basic не указывает время реакции для случаев «бизнес-критично».

# General issues < 16 hours General issues < 16 hours System impaired < 8 hours General issues < 16 hours System impaired < 8 hours Production system impacted < 30 minutes General issues < 8 hours System impaired < 4 hours Production system impacted < 20 minutes Business critical < 15 minutes
data-5d91fb2682c04d48 = Общие вопросы < 16 часов Общие вопросы < 16 часов Система работает с нарушениями < 8 часов Общие вопросы < 16 часов Система работает с нарушениями < 8 часов Затронута продуктивная система < 30 минут Общие вопросы < 8 часов Система работает с нарушениями < 4 часов Затронута продуктивная система < 20 минут Бизнес-критично < 15 минут

# Tencent Cloud's SLA covers response time only; no resolution time is promised.
data-a82e64023e75532d = SLA Tencent Cloud охватывает только время реакции; время решения не гарантируется.

# Response Time SLA – Standard Services
data-38fc641787e3bb0d = SLA по времени реакции — стандартные услуги

# The Basic plan states no response time for production system impacted cases.
data-601c099713237347 = План Basic не указывает время реакции для случаев «затронута продуктивная система».

# The Basic plan states no response time for system impaired cases.
data-e3464e543da53dc4 = План Basic не указывает время реакции для случаев «система работает с нарушениями».

# General issues < 16 hours
data-654a7720f1334eb7 = Общие вопросы < 16 часов

# Response times are counted around the clock: every support channel is 24/7.
data-b675d0f753ad87e1 = Время реакции считается круглосуточно: все каналы поддержки работают 24/7.

# Hotline China Hong Kong +852 800 906 020 (toll-free) United States +1 844 606 0804 (toll-free) Canada +1 888 605 7930 (toll-free) United Kingdom +44 808 196 4551 (toll-free) Australia +61 1300 986 386 (toll-free) 24/7
data-dcd01ec308282b67 = Горячая линия Гонконг (Китай) +852 800 906 020 (бесплатно) США +1 844 606 0804 (бесплатно) Канада +1 888 605 7930 (бесплатно) Великобритания +44 808 196 4551 (бесплатно) Австралия +61 1300 986 386 (бесплатно) 24/7

# Toll-free hotlines: China Hong Kong +852 800 906 020; United States +1 844 606 0804; Canada +1 888 605 7930; United Kingdom +44 808 196 4551; Australia +61 1300 986 386.
data-f8ade16e868ea983 = Бесплатные горячие линии: Гонконг (Китай) +852 800 906 020; США +1 844 606 0804; Канада +1 888 605 7930; Великобритания +44 808 196 4551; Австралия +61 1300 986 386.

# Phone
data-f1bc83d2509bafcf = Телефон

# Technical support: phone and ticket
data-381171a2b4e9d896 = Техническая поддержка: телефон и заявки

# Configuration guidance and troubleshooting assistance for relevant third-party software in the process of using Tencent Cloud products.
data-b8f343f6e5baacf7 = Рекомендации по настройке и помощь в устранении неполадок соответствующего стороннего ПО при использовании продуктов Tencent Cloud.

# Configuration guidance and troubleshooting assistance for relevant third-party software used with Tencent Cloud products.
data-03303507f9cf4e02 = Рекомендации по настройке и помощь в устранении неполадок стороннего ПО, используемого с продуктами Tencent Cloud.

# Our service team offers advice on third-party software to experienced system administrators or other relevant IT professionals.
data-0cf19ce5c6ce68cd = Наша команда поддержки консультирует по стороннему ПО опытных системных администраторов или других профильных ИТ-специалистов.

# Advice is given to experienced system administrators or other relevant IT professionals.
data-f54220b39a72187f = Консультации даются опытным системным администраторам или другим профильным ИТ-специалистам.

# However, Tencent Cloud is not responsible for the implementation of the advice provided.
data-84c28138f3013f93 = Однако Tencent Cloud не несёт ответственности за выполнение предоставленных рекомендаций.

# Tencent Cloud is not responsible for implementing the advice.
data-4b9c26e69402cd93 = Tencent Cloud не отвечает за выполнение рекомендаций.

# SSH Native SSH on various Linux distribution images provided by Tencent Cloud. Troubleshooting assistance for SSH service startup failure. Troubleshooting assistance for SSH service connection failure
data-a4182c92a176535f = SSH Штатный SSH в различных образах дистрибутивов Linux от Tencent Cloud. Помощь в устранении сбоя запуска службы SSH. Помощь в устранении сбоя подключения к службе SSH

# SSH (native, on Tencent Cloud's Linux images): start-up and connection failures.
data-41e6ad5f4aaa1a6e = SSH (штатный, в образах Linux от Tencent Cloud): сбои запуска и подключения.

# MSTSC Native MSTSC on various Windows distribution images provided by Tencent Cloud. Troubleshooting assistance for the issue of RDS (Remote Desktop Service) failing to start on the server side. Troubleshooting assistance for the issue of being unable to log in or experiencing login failures after starting the RDS (Remote Desktop Service) on the server side.
data-c0dc349e342068c7 = MSTSC Штатный MSTSC в различных образах дистрибутивов Windows от Tencent Cloud. Помощь в устранении проблемы, когда RDS (служба удалённых рабочих столов) не запускается на стороне сервера. Помощь в устранении проблемы, когда после запуска RDS (службы удалённых рабочих столов) на стороне сервера не удаётся войти или вход завершается ошибкой.

# MSTSC (native, on Tencent Cloud's Windows images): Remote Desktop Service start-up and login failures.
data-33e4958423e46d93 = MSTSC (штатный, в образах Windows от Tencent Cloud): сбои запуска службы удалённых рабочих столов и входа.

# SCP&Rsync Native SCP & Rsync on various Linux distribution images provided by Tencent Cloud. Troubleshooting assistance for SCP & Rsync connection failures and error messages.
data-70d3c9b7ee51085e = SCP&Rsync Штатные SCP и Rsync в различных образах дистрибутивов Linux от Tencent Cloud. Помощь в устранении сбоев подключения SCP и Rsync и сообщений об ошибках.

# SCP & Rsync (native, on Tencent Cloud's Linux images): connection failures and error messages.
data-1882a56fe4676417 = SCP и Rsync (штатные, в образах Linux от Tencent Cloud): сбои подключения и сообщения об ошибках.

# SFTP SFTP on various Linux distribution images provided by Tencent Cloud. Assistance with configuring SFTP to use system accounts for login. Troubleshooting assistance for SFTP connection failures on the server side.
data-97d90f6fc9e3e50b = SFTP SFTP в различных образах дистрибутивов Linux от Tencent Cloud. Помощь в настройке SFTP для входа под системными учётными записями. Помощь в устранении сбоев подключения SFTP на стороне сервера.

# SFTP (on Tencent Cloud's Linux images): logging in with system accounts, server-side connection failures.
data-108fb8aee886ace1 = SFTP (в образах Linux от Tencent Cloud): вход под системными учётными записями, сбои подключения на стороне сервера.

# installed via yum on various Linux distribution images provided by Tencent Cloud, software version number ≥ 3.0.
data-eaa6ce04e0a72a3b = установленный через yum в различных образах дистрибутивов Linux от Tencent Cloud, номер версии ПО ≥ 3.0.

# FTP on Linux: vsftpd version 3.0 or later installed via yum on Tencent Cloud's Linux images (installation, start-up and server-side connection failures).
data-7cfb1f29171eac33 = FTP в Linux: vsftpd версии 3.0 или новее, установленный через yum в образах Linux от Tencent Cloud (установка, запуск и сбои подключения на стороне сервера).

# The FileZilla server installed on various Windows distribution images provided by Tencent Cloud, software version number $\geq 0.9.60.2$.
data-94543f2d164da472 = Сервер FileZilla, установленный в различных образах дистрибутивов Windows от Tencent Cloud, версия ПО не ниже 0.9.60.2.

# FTP on Windows: FileZilla server version 0.9.60.2 or later on Tencent Cloud's Windows images.
data-a0fd8da76e41ebd8 = FTP в Windows: сервер FileZilla версии 0.9.60.2 или новее в образах Windows от Tencent Cloud.

# Linux iptables & firewalld Various Linux distribution images provided by Tencent Cloud. Assistance with the basic syntax of iptables and Firewalld for allowing rules.
data-ca3e30249541a5ef = Linux iptables и firewalld Различные образы дистрибутивов Linux от Tencent Cloud. Помощь с базовым синтаксисом iptables и Firewalld для разрешающих правил.

# Linux iptables & firewalld: the basic syntax of allow rules.
data-d813d06f7b715630 = Linux iptables и firewalld: базовый синтаксис разрешающих правил.

# Windows Firewall Various Windows version images provided by Tencent Cloud. Assistance with adding basic inbound and outbound rules.
data-8b5c98943e715dca = Брандмауэр Windows Различные образы версий Windows от Tencent Cloud. Помощь в добавлении базовых правил для входящего и исходящего трафика.

# Windows Firewall: adding basic inbound and outbound rules.
data-ed019d925523d7b4 = Брандмауэр Windows: добавление базовых правил для входящего и исходящего трафика.

# Developer Provides all standard services, Faster and more efficient response to technical issues.
data-189cdca00cc3674c = Developer Все стандартные услуги, более быстрая и эффективная реакция на технические вопросы.

# All standard services with faster responses, for development, testing and non-critical production.
data-b340521d80061163 = Все стандартные услуги с более быстрой реакцией — для разработки, тестирования и некритичной продуктивной среды.

# The Developer plan states no response time for business critical cases.
data-b443760b7b2e966d = План Developer не указывает время реакции для случаев «бизнес-критично».

# The Developer plan states no response time for production system impacted cases.
data-bae842fd4217281b = План Developer не указывает время реакции для случаев «затронута продуктивная система».

# System impaired < 8 hours
data-034626a666e09d10 = Система работает с нарушениями < 8 часов

# Cloud Support Engineers
data-44f6fc766efe973f = Инженеры облачной поддержки

# Business Provides some advanced services and expert services, Offers multi-channel rapid response and value-added services.
data-55dcfef1bec1666e = Business Часть расширенных и экспертных услуг, быстрая реакция по нескольким каналам и дополнительные услуги.

# Some advanced and expert services, multi-channel rapid response, for medium to large enterprises.
data-d70326f7a6cc4646 = Часть расширенных и экспертных услуг, быстрая реакция по нескольким каналам — для средних и крупных компаний.

# The Business plan states no response time for business critical cases.
data-9f957857c139b76d = План Business не указывает время реакции для случаев «бизнес-критично».

# Production system impacted < 30 minutes
data-9aa5418c5aeae2ec = Затронута продуктивная система < 30 минут

# Supported IM group types: Slack, WeCom (Enterprise WeChat)
data-3fa18c73ebcc3afa = Поддерживаемые типы групп в мессенджерах: Slack, WeCom (Enterprise WeChat)

# A dedicated IM group set up after purchase: Slack or WeCom (Enterprise WeChat).
data-dd4d00043b0d3db2 = Отдельная группа в мессенджере, создаваемая после покупки: Slack или WeCom (Enterprise WeChat).

# IM Group Chat
data-e685bce3c971b25e = Групповой чат в мессенджере

# Technical support: phone, ticket and IM group chat
data-4458bcb430df4b4f = Техническая поддержка: телефон, заявки и групповой чат в мессенджере

# IM group is the primary service support channel for customers who have purchased the Enterprise support plan.
data-a83a4d2d0bf3e147 = Группа в мессенджере — основной канал поддержки для клиентов, купивших план поддержки Enterprise.

# The IM group is the primary support channel.
data-ebbd1ddcd38a1f94 = Группа в мессенджере — основной канал поддержки.

# Three complimentary sessions a year, each up to three consecutive days; further days are bought separately; request at least 10 business days ahead (recommended).
data-f9847a280de5110e = Три бесплатные сессии в год, каждая до трёх дней подряд; дополнительные дни покупаются отдельно; подавать запрос рекомендуется не позднее чем за 10 рабочих дней.

# For customers purchasing enterprise support plan, we offer three complimentary IEM support sessions per year, each lasting up to three consecutive days.
data-19184294e91ebb4b = Клиентам, купившим план поддержки Enterprise, мы предоставляем три бесплатные сессии сопровождения IEM в год продолжительностью до трёх дней подряд каждая.

# Three complimentary IEM sessions a year, each up to three consecutive days.
data-312ac1f62966374d = Три бесплатные сессии IEM в год, каждая до трёх дней подряд.

# If additional days are required, separate purchase of IEM is necessary.
data-9fb08d9081cff45e = Если нужны дополнительные дни, IEM необходимо приобрести отдельно.

# Further days are bought separately.
data-94ec065e53f2fc41 = Дополнительные дни покупаются отдельно.

# To ensure sufficient preparation before the event, we recommend submitting the support activation request at least 10 business days in advance.
data-4acb964b49af1cdf = Чтобы успеть как следует подготовиться к мероприятию, рекомендуем подать запрос на подключение поддержки не позднее чем за 10 рабочих дней.

# Request activation at least 10 business days before the event (recommended).
data-db799be18616ca5e = Запросите подключение не позднее чем за 10 рабочих дней до мероприятия (рекомендация).

# A dedicated technical account manager will provide interpretation of inspection reports and offer solutions to assist customers in optimizing risks.
data-9d6a5fe697520a74 = Закреплённый технический менеджер по работе с клиентом разъясняет отчёты о проверках и предлагает решения, помогающие клиентам снизить риски.

# A dedicated technical account manager interprets the inspection reports and offers solutions.
data-64f63d6c6f57fac2 = Закреплённый технический менеджер по работе с клиентом разъясняет отчёты о проверках и предлагает решения.

# Cloud Support Experts
data-e0296c358f79a3c0 = Эксперты облачной поддержки

# Enterprise Provides exclusive services, dedicated technical account manager and round-the-clock expert group support, Customizes various architecture support for enterprises.
data-2efeac4c48ca3ae4 = Enterprise Эксклюзивные услуги, закреплённый технический менеджер по работе с клиентом и круглосуточная поддержка группы экспертов, поддержка архитектуры под нужды компании.

# Exclusive services, a dedicated technical account manager and round-the-clock expert support, for critical production.
data-20189a16cefa78aa = Эксклюзивные услуги, закреплённый технический менеджер по работе с клиентом и круглосуточная экспертная поддержка — для критичной продуктивной среды.

# Business critical < 15 minutes
data-f1821e25fc7e67b3 = Бизнес-критично < 15 минут

# Production system impacted < 20 minutes
data-e8c1b8399fea5e6d = Затронута продуктивная система < 20 минут

# System impaired < 4 hours
data-23227f99ac341254 = Система работает с нарушениями < 4 часов

# General issues < 8 hours
data-fafeff0225be3332 = Общие вопросы < 8 часов

# Tencent Cloud supports a usage-based billing model for support plans, where the service fees are calculated based on the usage of cloud service resources.
data-b49f76ff57d94657 = Tencent Cloud поддерживает для планов поддержки оплату по потреблению: стоимость услуг рассчитывается исходя из потребления ресурсов облачных сервисов.

# Usage-based billing: the fee is calculated from the usage of cloud service resources.
data-54bdb0e0688d869e = Оплата по потреблению: стоимость рассчитывается исходя из потребления ресурсов облачных сервисов.

# However, it does not include support plans, professional services.
data-4e4ac1fc624ddb6a = Однако в него не входят планы поддержки и профессиональные услуги.

# Support plans and professional services do not count as usage.
data-4282d3157740c5c8 = Планы поддержки и профессиональные услуги в потребление не входят.

# The billing calculation does not differentiate between cash payments, credit payments, or voucher payments; all forms of payment are included in the calculation.
data-b332e53b0841e691 = При расчёте не различаются оплата деньгами, в кредит или ваучерами; в расчёт включаются все формы оплаты.

# Cash, credit and voucher payments all count.
data-260eabbf76bdb9ef = Учитываются оплаты деньгами, в кредит и ваучерами.

# During settlement, the billing tiers are determined based on the usage of cloud services, with lower rates applied for higher usage levels.
data-e37929969515108a = При расчётах ступени тарификации определяются по потреблению облачных сервисов: чем больше потребление, тем ниже ставки.

# Billing tiers by usage, with lower rates at higher usage.
data-78b5e91744e5e176 = Ступени тарификации по потреблению: при большем потреблении ставки ниже.

# For specific pricing details, please contact your business manager.
data-8d45239fd6bc491c = За подробностями о ценах обратитесь к своему менеджеру по работе с клиентами.

# Rates are not published: ask a business manager.
data-42587e36782e7142 = Ставки не публикуются: узнайте их у менеджера по работе с клиентами.

# Cloud service resource usage refers to the total amount spent by users on Tencent Cloud services within a certain period, including services such as servers, cloud storage, network bandwidth, and databases.
data-34facadfa47f1214 = Потребление ресурсов облачных сервисов — это общая сумма, потраченная пользователями на сервисы Tencent Cloud за определённый период, включая серверы, облачное хранилище, пропускную способность сети и базы данных.

# A share of the customer's usage of Tencent Cloud: the total spent on Tencent Cloud services within a certain period (servers, cloud storage, network bandwidth, databases, …).
data-cea61391ae4f424e = Доля от потребления клиента в Tencent Cloud: общей суммы, потраченной на сервисы Tencent Cloud за определённый период (серверы, облачное хранилище, пропускная способность сети, базы данных и т. д.).

# Tencent Cloud Support Plan does not include :
data-31242d15ed95a613 = В план поддержки Tencent Cloud не входит:

# Not included: code development, operation and maintenance of customer business systems, and day-to-day operation of third-party software.
data-356f63d5b189b507 = Не входит: разработка кода, эксплуатация и сопровождение бизнес-систем клиента, повседневная эксплуатация стороннего ПО.

# Tencent Cloud does not guarantee a response according to the submitted severity level for cases that do not align with the actual severity of the issue.
data-4c3aacf62ab98fc6 = Tencent Cloud не гарантирует реакцию в соответствии с указанным уровнем критичности, если он не соответствует фактической критичности проблемы.

# Customers should assess severity objectively; a response at the submitted severity is not guaranteed for cases that do not match the actual severity.
data-85d346a04fafb3ea = Клиентам следует объективно оценивать критичность; реакция по указанному уровню не гарантируется, если он не соответствует фактической критичности.

# This refers to severe failures where the customer's core business is unavailable. Examples include loss of production data, intrusion incidents, or any other situation that causes a critical interruption in the customer's key business operations.
data-d0b6c4ea5ef66f2b = Серьёзные сбои, при которых основной бизнес клиента недоступен. Например, потеря продуктивных данных, вторжение или любая другая ситуация, вызывающая критический перерыв в ключевых бизнес-процессах клиента.

# Business critical (business unavailability)
data-ba2c0d59f765dca9 = Бизнес-критично (бизнес недоступен)

# Business Unavailability This refers to severe failures where the customer's core business is unavailable.
data-c5344419cf45f025 = Бизнес недоступен Серьёзные сбои, при которых основной бизнес клиента недоступен.

# This refers to severe faults where the customer's general production system is unavailable. Examples include failed resolution, CLB (Cloud Load Balancer) degradation, network interruptions, or being blocked, resulting in a critical interruption in the customer's key business operations.
data-59a86ec7e8f360bb = Серьёзные неисправности, при которых общая продуктивная система клиента недоступна. Например, сбой разрешения имён, деградация CLB (Cloud Load Balancer), обрывы сети или блокировка, вызывающие критический перерыв в ключевых бизнес-процессах клиента.

# Production system impacted (production system abnormality)
data-5c611da19b32f60d = Затронута продуктивная система (сбой продуктивной системы)

# Production System Abnormality This refers to severe faults where the customer's general production system is unavailable.
data-ff5f6adbfb6e6dfe = Сбой продуктивной системы Серьёзные неисправности, при которых общая продуктивная система клиента недоступна.

# This refers to cases where the business experiences anomalies but does not completely lose its service capability. Examples include slowdowns, partial performance issues, intermittent errors, or other non-critical interruptions.
data-d7153a6a44d3407b = Случаи, когда в работе бизнеса возникают аномалии, но он не теряет способность обслуживать полностью. Например, замедление, частичные проблемы с производительностью, периодические ошибки или другие некритичные перерывы.

# System impaired (business/system abnormality)
data-253dba75c512f346 = Система работает с нарушениями (сбой бизнеса/системы)

# Business/System Abnormality This refers to cases where the business experiences anomalies but does not completely lose its service capability.
data-f5dd5ec1e2c5ea25 = Сбой бизнеса/системы Случаи, когда в работе бизнеса возникают аномалии, но он не теряет способность обслуживать полностью.

# This refers to cases where the business is not affected, such as general business inquiries or seeking technical guidance.
data-03a0567263921e0d = Случаи, когда бизнес не затронут: например, общие вопросы о бизнесе или запрос технических рекомендаций.

# General issues (usage consultation)
data-1f995f64a3f55804 = Общие вопросы (консультация по использованию)

# Usage Consultation This refers to cases where the business is not affected, such as general business inquiries or seeking technical guidance.
data-be757a4251990f0b = Консультация по использованию Случаи, когда бизнес не затронут: например, общие вопросы о бизнесе или запрос технических рекомендаций.
