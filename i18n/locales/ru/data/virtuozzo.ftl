### Russian for the English texts of Virtuozzo in the catalog and its source quotes.
### Each key is slacalc_i18n::data_key(original); the comment above it is the original.
### Missing entries: cargo test -p slacalc-engine --test catalog_words

# Around the clock (assumed)
data-c185c6dd5fc987f0 = Круглосуточно (допущение)

# The source gives response times "within N hours of notification" and names no business hours or time zone, so they are counted around the clock, shown in UTC.
data-747bbbb3923ad56b = Источник указывает время реакции «в течение N часов после уведомления» и не называет ни рабочих часов, ни часового пояса, поэтому оно считается круглосуточно и показывается в UTC.

# Virtuozzo — Platform Support Information
data-994675a4aa0a6c7d = Virtuozzo — информация о поддержке платформы

# Customer support portal
data-272a8842399113e8 = Портал поддержки клиентов

# Customer support portal:
data-1e595a87d184add6 = Портал поддержки клиентов:

# Virtuozzo Platform Support
data-3bf8b6ed3bb51a01 = Поддержка платформы Virtuozzo

# assessment of the issue from a Support Engineer
data-cf4bc591b2805a3d = оценка проблемы инженером поддержки

# Support engineers (Platform Support team)
data-447ee17771ab87ae = Инженеры поддержки (команда Platform Support)

# All incidents logged with Platform Support are assigned a severity level from 1 to 4 based on the impact on your business.
data-4fad1396e203ea02 = Всем инцидентам, зарегистрированным в Platform Support, присваивается уровень критичности от 1 до 4 в зависимости от влияния на ваш бизнес.

# One support level for hosting providers and enterprise users: initial response within 2, 6, 12 or 24 hours by severity.
data-98c6f12043ac44b8 = Единый уровень поддержки для хостинг-провайдеров и корпоративных пользователей: первый ответ в течение 2, 6, 12 или 24 часов в зависимости от критичности.

# The source names no support hours or time zone: a response time "within N hours of notification" is assumed to be counted around the clock.
data-3e1991eebe1272c3 = Источник не называет ни часов поддержки, ни часового пояса: предполагается, что время реакции «в течение N часов после уведомления» считается круглосуточно.

# within 2 hours
data-e6e5e9c61f84a983 = в течение 2 часов

# The source names no support hours; response times are assumed to run around the clock.
data-7a573e2b72d3edb4 = Источник не называет часов поддержки; предполагается, что время реакции идёт круглосуточно.

# For Severity Level 1 problems, the Team will begin work on the problem within 2 hours of notification
data-cc82e12e15693375 = По проблемам уровня критичности 1 команда начинает работу над проблемой в течение 2 часов после уведомления

# Only initial response times are targeted; level 1 is worked on until a fix or workaround, with no time promised.
data-088cbf9bcabf970f = Целевые сроки есть только для первичной реакции; над проблемами уровня 1 работают до исправления или обходного решения, без обещанного срока.

# The following table defines the severity levels and the targeted initial response time.
data-5d124b579211dace = В следующей таблице определены уровни критичности и целевое время первичной реакции.

# Within 6 hours
data-b65a8e486b9ffc77 = В течение 6 часов

# Within 12 hours
data-58d1c157f3964f26 = В течение 12 часов

# Within 24 hours
data-488eadfef9b97c2f = В течение 24 часов

# The source says nothing about price.
data-50c4f48ecb4ecb7c = Источник ничего не говорит о цене.

# Not published.
data-c2a81732f21d132e = Не публикуется.

# We provide support for Hosting Providers and Enterprize users only.
data-666e457f750ad1e5 = Мы оказываем поддержку только хостинг-провайдерам и корпоративным пользователям.

# Support is for hosting providers and enterprise users only; developers hosting applications contact their hosting provider's support.
data-0ed95ca4e1851a36 = Поддержка — только для хостинг-провайдеров и корпоративных пользователей; разработчики, размещающие приложения, обращаются в поддержку своего хостинг-провайдера.

# Maximum severity level for the issues with .Net and MS-SQL due to the technical peculiarities.
data-b22058970b7ea61b = Максимальный уровень критичности для проблем с .Net и MS-SQL из-за технических особенностей.

# Level 2 is the maximum severity for issues with .Net and MS-SQL.
data-58f6b87b022c5899 = Уровень 2 — максимальная критичность для проблем с .Net и MS-SQL.

# Severity levels may be changed after initial contact and assessment of the issue from a Support Engineer, providing the customer is in agreement.
data-167ca8b66684dd62 = Уровень критичности может быть изменён после первичного обращения и оценки проблемы инженером поддержки при согласии клиента.

# The customer sets the initial severity; it may be changed after a support engineer's assessment if the customer agrees.
data-109aa94a91115213 = Начальную критичность задаёт клиент; её можно изменить после оценки инженером поддержки, если клиент согласен.

# handle as its highest priority until the customer is given a fix or workaround, or level of the problem is lowered.
data-57cbdab580559fd2 = обрабатывается с наивысшим приоритетом, пока клиент не получит исправление или обходное решение либо пока уровень проблемы не будет понижен.

# Level 1 is handled as the highest priority until a fix or workaround is given or the level is lowered; the customer must make resources available.
data-78c629eada04304c = Уровень 1 обрабатывается с наивысшим приоритетом, пока не предоставлено исправление или обходное решение либо уровень не понижен; клиент должен выделить необходимые ресурсы.

# Customer's production use of the platform on a primary production servers is stopped or so severely impacted that the customer or his commercial end users cannot reasonably continue work. And, customer can not resolve the issue on his own.
data-d5e5e32a16841eeb = Продуктивное использование платформы клиентом на основных продуктивных серверах остановлено или нарушено настолько, что клиент или его коммерческие конечные пользователи не могут разумно продолжать работу. При этом клиент не может решить проблему самостоятельно.

# Level 1 — Critical Business Impact
data-458f2cbc34806695 = Уровень 1 — критическое влияние на бизнес

# Customer’s production use of the platform on a primary production servers is stopped or so severely impacted that the customer or his commercial end users cannot reasonably continue work.
data-92aee63085916b88 = Продуктивное использование платформы клиентом на основных продуктивных серверах остановлено или нарушено настолько, что клиент или его коммерческие конечные пользователи не могут разумно продолжать работу.

# Important product features are unavailable with no acceptable workaround. Customer's or customer end users production use of the platform in a primary production services are functioning with limited capabilities or are unstable with periodic interruptions. The software may be operating but is severely restricted.
data-b83f10c294e5115c = Важные функции продукта недоступны, приемлемого обходного решения нет. Продуктивное использование платформы клиентом или его конечными пользователями в основных продуктивных сервисах идёт с ограниченными возможностями или нестабильно, с периодическими перерывами. ПО может работать, но с серьёзными ограничениями.

# Level 2 — Significant Business Impact
data-897f5981522f5ed6 = Уровень 2 — значительное влияние на бизнес

# Significant Business Impact: Important product features are unavailable with no acceptable workaround.
data-0e0eeb09b3e2f9b1 = Значительное влияние на бизнес: важные функции продукта недоступны, приемлемого обходного решения нет.

# Product features unavailable but a workaround exists and the majority of software functions are still usable. Minor function/feature failure that the customer or customers end user can easily circumvent or avoid.
data-110a1d8c752068d6 = Функции продукта недоступны, но есть обходное решение, и большинство функций ПО по-прежнему работает. Незначительный сбой функции, который клиент или его конечные пользователи могут легко обойти или избежать.

# Level 3 — Minimal Business Impact
data-56c20474ebf20a29 = Уровень 3 — минимальное влияние на бизнес

# Minimal Business Impact: Product features unavailable but a workaround exists and the majority of software functions are still usable.
data-e9eb2920e6a48cfa = Минимальное влияние на бизнес: функции продукта недоступны, но есть обходное решение, и большинство функций ПО по-прежнему работает.

# Minor problem or question that does not affect the software function such as How To's, documentation, general questions, or enhancement requests.
data-4956cf59513e5214 = Незначительная проблема или вопрос, не влияющие на работу ПО: например, вопросы «как сделать», документация, общие вопросы или пожелания по доработке.

# Level 4 — Nominal Business Impact
data-60f2d6984b112d4f = Уровень 4 — номинальное влияние на бизнес

# Nominal Business Impact: Minor problem or question that does not affect the software function such as How To’s, documentation, general questions, or enhancement requests.
data-18f5de781658bd58 = Номинальное влияние на бизнес: незначительная проблема или вопрос, не влияющие на работу ПО: например, вопросы «как сделать», документация, общие вопросы или пожелания по доработке.
