### Russian for the English texts of VK Cloud in the catalog and its source quotes.
### Each key is slacalc_i18n::data_key(original); the comment above it is the original.
### Missing entries: cargo test -p slacalc-engine --test catalog_words

# VK Cloud — technical support
data-f9e218c62476fec1 = VK Cloud — техническая поддержка

# | Portal | https://support.mcs.mail.ru | around the clock |
data-1fc94b8b9adca74e = | Портал | https://support.mcs.mail.ru | круглосуточно |

# Portal
data-4802bb8eb52fbdeb = Портал

# | Telegram bot | `@vk_tech_support_bot` | around the clock |
data-5a61f6ba0bdefdd5 = | Telegram-бот | `@vk_tech_support_bot` | круглосуточно |

# Telegram bot
data-463491b90193d86b = Telegram-бот

# | Mail | support@mcs.mail.ru | around the clock |
data-e58355210c8163cc = | Почта | support@mcs.mail.ru | круглосуточно |

# Mail
data-49e765aed0087b0e = Электронная почта

# | Phone | +7 (499) 350-97-03 | around the clock |
data-4ba0d7bd94fb30e7 = | Телефон | +7 (499) 350-97-03 | круглосуточно |

# Requests on every channel
data-31d0f0dea1ae3cac = Приём обращений по всем каналам

# VK Cloud (generally available services)
data-2a70adbac09479da = VK Cloud (общедоступные сервисы)

# Priority support (Managed Services): 24/7 administration, audit and consulting, configuration
data-c973f481dfbf3c20 = Приоритетная поддержка (Managed Services): администрирование 24/7, аудит и консультации, настройка

# Priced on request.
data-dced891f3d9aa7c4 = Цена по запросу.

# The list of VK Cloud platform services includes the possibility of providing priority support (Managed Services).
data-cb5a4c0298ed4917 = В перечень сервисов платформы VK Cloud входит возможность приоритетной поддержки (Managed Services).

# L1 engineers: registration, classification, first diagnosis, typical problems, consultations
data-b833767bf5049bbc = Инженеры L1: регистрация, классификация, первичная диагностика, типовые проблемы, консультации

# L2 engineers: complex and non-typical issues, detailed diagnosis
data-398091c053d3019f = Инженеры L2: сложные и нетиповые вопросы, углублённая диагностика

# L3 experts: platform infrastructure, mass failures, software errors
data-e8435ea3c256b4de = Эксперты L3: инфраструктура платформы, массовые сбои, ошибки ПО

# L4 product team: releases fixing mass problems, new functionality
data-6ff6656d43e80a21 = Продуктовая команда L4: релизы с исправлением массовых проблем, новая функциональность

# These services are subject to billing and the technical support is fully provided according to the [Service Level Agreement (SLA)](../sla/)
data-8274c9359bb04f58 = Эти сервисы тарифицируются, и техническая поддержка оказывается в полном объёме согласно [Соглашению об уровне сервиса (SLA)](../sla/)

# Support under the SLA for generally available services: first response within 60 minutes, 95 % of tickets resolved within 2/12/24/48 hours by severity.
data-48f1c7ed1d4e11e0 = Поддержка по SLA для общедоступных сервисов: первый ответ в течение 60 минут, 95 % обращений решаются за 2/12/24/48 часов в зависимости от критичности.

# Counted from the moment the customer is told the ticket number; channels are open around the clock, so it runs around the clock.
data-aa9b5ac6021ec842 = Считается с момента, когда клиенту сообщили номер обращения; каналы открыты круглосуточно, поэтому и срок идёт круглосуточно.

# The SLA article states these are calendar (astronomical) hours.
data-15049bf7a829fac7 = В статье об SLA сказано, что это календарные (астрономические) часы.

# VK Cloud (beta services)
data-1b154e0ca9765986 = VK Cloud (бета-сервисы)

# Technical support for beta versions is limited: providing responses and correcting even critical errors are not guaranteed.
data-7abb797db1ce59a9 = Техническая поддержка бета-версий ограничена: ответы и исправление даже критических ошибок не гарантируются.

# Beta services: limited support, no SLA, response time unlimited.
data-814aae97da21f65e = Бета-сервисы: ограниченная поддержка, без SLA, время реакции не ограничено.

# Beta services carry no SLA: the response time is unlimited.
data-5fc88be1d64c632f = На бета-сервисы SLA не распространяется: время реакции не ограничено.

# Also, the [Service Level Agreement (SLA)](../sla/) is not applied, and the response time is unlimited.
data-9bc9e5dc1d25d855 = Кроме того, [Соглашение об уровне сервиса (SLA)](../sla/) не применяется, и время реакции не ограничено.

# To learn more about the service and submit a request for cost calculation, follow the [link](https://mcs.mail.ru/managed-services/).
data-021379f66ad5c5bf = Чтобы узнать больше о сервисе и отправить запрос на расчёт стоимости, перейдите по [ссылке](https://mcs.mail.ru/managed-services/).

# No price for technical support is published; priority support (Managed Services) is priced on request.
data-66b18d7f3edb4439 = Цена технической поддержки не публикуется; приоритетная поддержка (Managed Services) оценивается по запросу.

# The VK Cloud Technical Support team does not administer and support operating systems and other services created using the Platform, unless this is agreed in a separate agreement.
data-82f5c6d88e93a538 = Команда технической поддержки VK Cloud не администрирует и не поддерживает операционные системы и другие сервисы, созданные с помощью Платформы, если это не оговорено отдельным договором.

# Operating systems and other services customers build on the platform are not administered or supported unless agreed separately.
data-612f6cb630a38f84 = Операционные системы и другие сервисы, которые клиенты создают на платформе, не администрируются и не поддерживаются, если это не оговорено отдельно.

# Service requests and requests for information count as low-severity incidents.
data-4cbc532d56fc7e5e = Запросы на обслуживание и запросы информации считаются инцидентами низкой критичности.

# Generally available services are supported fully under the SLA; beta services are not: responses and even critical fixes are not guaranteed.
data-9ab1f6513e118508 = Общедоступные сервисы полностью поддерживаются по SLA, бета-сервисы — нет: ответы и даже исправление критических ошибок не гарантируются.

# The customer's business processes are blocked: services do not work, do not deploy, or run severely degraded.
data-986bff574d3b3a62 = Бизнес-процессы заказчика заблокированы: сервисы не работают, не разворачиваются или работают с существенной деградацией.

# The problem potentially threatens the confidentiality, availability and integrity of the customer's information.
data-829454716e86569a = Проблема потенциально ставит под угрозу конфиденциальность, доступность и целостность информации заказчика.

# The problem leads to a breach of legal requirements on protecting confidential information.
data-17c3b8aecd07edc7 = Проблема приводит к нарушению требований законодательства о защите конфиденциальной информации.

## VK Cloud's severity names for Russian readers: the catalog adds the
## common level in English, which a Russian reader does not need.

# Критический (critical)
data-5c5eca06b6ba07cf = Критический

# Высокий (high)
data-8481df5f01268d6d = Высокий

# Средний (medium)
data-5d3f4bd4e2281ce6 = Средний

# Низкий (low)
data-e77967871b11b4e3 = Низкий
