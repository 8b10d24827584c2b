### English for the Russian texts of VK Cloud in the catalog and its source quotes.
### Each key is slacalc_i18n::data_key(original); the comment above it is the original.
### Missing entries: cargo test -p slacalc-engine --test catalog_words

# В таблице указаны астрономические часы.
data-77750df4289dca77 = The table gives astronomical hours.

# VK Cloud — структура технической поддержки (L1–L4)
data-87deebd3016a3eea = VK Cloud — structure of technical support (L1–L4)

# VK Cloud — SLA (время реакции и решения обращений)
data-8d748b344e62c5e9 = VK Cloud — SLA (response and resolution times for requests)

# 95% обращений с критическим приоритетом решаются за 2ч.
data-5958dfdfaa4c27d2 = 95% of critical-priority requests are resolved within 2h.

# Инженеры L1 выполняют первичную обработку всех входящих обращений.
data-bd34f60652026cdb = L1 engineers handle the initial processing of all incoming requests.

# На вторую линию передаются сложные вопросы, требующие углубленной технической экспертизы.
data-14f5ad05f90312eb = Complex questions that need deeper technical expertise are passed to the second line.

# Эксперты третьей линии отвечают за эксплуатацию и стабильность инфраструктуры платформы.
data-a684b3219ff84ae0 = Third-line experts are responsible for the operation and stability of the platform's infrastructure.

# Продуктовая команда отвечает за развитие и жизненный цикл конкретного сервиса или платформы.
data-854a12144e69b3c0 = The product team is responsible for the development and life cycle of a particular service or the platform.

# не более 60 минут
data-3f3c26234a05a24d = no more than 60 minutes

# Время реакции на обращение составляет не более 60 минут.
data-d0b2b0dc461594b6 = The response time to a request is no more than 60 minutes.

# за 2ч
data-52be2fe8d0f003ee = within 2h

# за 12ч
data-795ca0978b771bdb = within 12h

# 95% обращений с высоким приоритетом решаются за 12ч.
data-e71fe348dcea97c4 = 95% of high-priority requests are resolved within 12h.

# за 24ч
data-cbe4049e03c800ae = within 24h

# 95% обращений с средним приоритетом решаются за 24ч.
data-ee0878624cff9eea = 95% of medium-priority requests are resolved within 24h.

# за 48ч
data-87467caf869ff0e8 = within 48h

# 95% обращений с низким приоритетом решаются за 48ч.
data-b123b2d437fc145d = 95% of low-priority requests are resolved within 48h.

# Типы обращений **Service Request** и **Request for Information** приравниваются к инцидентам низкой важности.
data-c3f8ce9e20523657 = Requests of the types **Service Request** and **Request for Information** are treated as low-severity incidents.

# Бизнес-процессы Заказчика блокированы: сервисы не работают / не разворачиваются / работают в режиме существенной деградации.
data-403ff3b0ee707db8 = The Customer's business processes are blocked: services do not work / do not deploy / run severely degraded.

# Обнаруженная проблема потенциально ставит под угрозу конфиденциальность, доступность и целостность информации Заказчика.
data-0dab320bf363fe02 = The problem found potentially threatens the confidentiality, availability and integrity of the Customer's information.

# Обнаруженная проблема приводит к нарушению требований законодательства в части защиты конфиденциальной информации.
data-494f81160456a36e = The problem found leads to a breach of legal requirements on protecting confidential information.

# Бизнес-процессы Заказчика блокированы: сервисы не работают / не разворачиваются / работают в режиме существенной деградации. Обнаруженная проблема потенциально ставит под угрозу конфиденциальность, доступность и целостность информации Заказчика. Обнаруженная проблема приводит к нарушению требований законодательства в части защиты конфиденциальной информации.
data-c005d4dcaca7d0ac = The Customer's business processes are blocked: services do not work / do not deploy / run severely degraded. The problem found potentially threatens the confidentiality, availability and integrity of the Customer's information. The problem found leads to a breach of legal requirements on protecting confidential information.

# Критический (critical)
data-5c5eca06b6ba07cf = Critical

# Бизнес-процессы заказчика функционируют с существенной деградацией: значительная деградация / замедление работы компонент и/или Сервисов.
data-735ba12fc1dd4874 = The customer's business processes run with substantial degradation: significant degradation / slowdown of components and/or Services.

# Высокий (high)
data-8481df5f01268d6d = High

# Бизнес-процессы заказчика функционируют штатно: незначительная деградация / замедление работы компонент или Сервисов. Сервисы продолжают функционировать без ограничений.
data-54f16d9202dbba09 = The customer's business processes run normally: minor degradation / slowdown of components or Services. The Services keep working without restrictions.

# Средний (medium)
data-5d3f4bd4e2281ce6 = Medium

# Бизнес-процессы заказчика функционируют штатно: незначительная деградация / замедление работы компонент или Сервисов.
data-ed362b690153ba1f = The customer's business processes run normally: minor degradation / slowdown of components or Services.

# Обнаружение ошибок и проблем, не приводящих к остановке или деградации работы компонент и Сервисов. Service Request и Request for Information относятся сюда же.
data-86becd1525961310 = Errors and problems found that do not stop or degrade components and Services. Service Request and Request for Information belong here too.

# Низкий (low)
data-e77967871b11b4e3 = Low

# Обнаружение ошибок и проблем, не приводящих к остановке или деградации работы компонент и Сервисов.
data-fcc8c3511b31718d = Errors and problems found that do not stop or degrade components and Services.
