# Pieces several views share: cited values, the embed box, the plan picker.
parts-source = Source:
parts-translation = Translation:
parts-assumption-mark = assumption
parts-assumption = Assumption:
parts-embed-summary = Embed this view
parts-embed-lede = Paste into a documentation page. The frame grows with its content.
parts-embed-code = Embed code
parts-embed-copy = Copy embed code
parts-embed-copying = Copying…
parts-embed-copied = Copied. Paste it into your page's HTML.
parts-embed-copy-refused = The browser did not allow copying; select the code and copy it.
parts-plans = Plans
