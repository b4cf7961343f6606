"""Icons, fonts, translations, roster templates and demo data, shipped inside the package."""
