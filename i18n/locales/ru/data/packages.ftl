# The provider the user's packages are listed under (engine/src/package/model.rs).

# Your packages
data-11be2c2a38b73417 = Ваши пакеты

# Priced in the price view from a price book you edit.
data-99cf972e18e991e6 = Цена считается в разделе «Цены» по прайс-листу, который вы редактируете.

# Set in slacalc's package builder; not a provider's published figure.
data-4a478e132f16f756 = Задано в конструкторе пакетов slacalc; это не опубликованная цифра поставщика.

# Severity names of the packages' provider (the common levels).
# critical
data-387748cc2ad39108 = критический
# high
data-7360eecc9b38343d = высокий
# medium
data-c76a095e1ffa22b6 = средний
# low
data-125083191daf6f61 = низкий

# Working hours
data-5d924dedf2bc3a47 = Рабочие часы
