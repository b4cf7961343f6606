"""The Outcomes page: a meeting's joint summary of outcomes, both languages side by side (issue 15)."""
