### Russian for the English texts of the shipped price books in the catalog.
### Each key is slacalc_i18n::data_key(original); the comment above it is the original.
### Missing entries: cargo test -p slacalc-engine --test catalog_words

# Example rates
data-0da9811c9ee1ddbe = Примерные ставки

# Illustrative rates so the price view has something to show. None of the four providers publishes its support rates: these are not their prices. Edit them or import your own price book.
data-d4ea1d53903e92f3 = Ставки для примера, чтобы в расчёте цены было что показать. Ни один из четырёх поставщиков не публикует ставки поддержки: это не их цены. Измените их или импортируйте свой прайс-лист.

# Support schedule
data-7a8ec605872ea565 = График поддержки

# Fault-tolerance option
data-41f996b6728e5616 = Опция отказоустойчивости

# Advanced reporting
data-05e96f5e6cf14fc9 = Расширенная отчётность

# Remote access setup
data-c9f31bb7a5b9c9e6 = Настройка удалённого доступа

# ChatBot/SmartApp support
data-584ed80af9fade2e = Поддержка ChatBot/SmartApp

# Basic plan (free)
data-13b5deb69eda63bd = План Basic (бесплатно)

# Platform support
data-a6905fdd13392225 = Поддержка платформы

# Support (included with the cloud)
data-66bf6cec88356949 = Поддержка (входит в облако)

# Managed Services (priority support)
data-e6fbad7ff1a9488c = Managed Services (приоритетная поддержка)

# AWS Support (published prices)
data-905cdc0a67d60c20 = AWS Support (опубликованные цены)

# AWS publishes its support price as the greater of a minimum or a tiered share of monthly usage, with worked examples (AWS Support pricing, aws.amazon.com/premiumsupport/pricing): Developer, the greater of $29 or 3 %; Business, the greater of $100 or 10 % of the first $10K, 7 % of $10K–80K, 5 % of $80K–250K, 3 % above $250K; Enterprise, the greater of $15,000 or 10 % of the first $150K, 7 % of $150K–500K, 5 % of $500K–1M, 3 % above $1M.
data-bf6e7dd55031eb39 = AWS публикует цену поддержки как большее из минимума и ступенчатой доли месячного потребления, с разобранными примерами (страница цен AWS Support, aws.amazon.com/premiumsupport/pricing): Developer — большее из 29 $ и 3 %; Business — большее из 100 $ и 10 % от первых 10 тыс. $, 7 % от 10–80 тыс. $, 5 % от 80–250 тыс. $, 3 % свыше 250 тыс. $; Enterprise — большее из 15 000 $ и 10 % от первых 150 тыс. $, 7 % от 150–500 тыс. $, 5 % от 500 тыс. $ до 1 млн $, 3 % свыше 1 млн $.
