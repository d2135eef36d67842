namespace kartoteka {}
