#!/usr/bin/env python3
"""Writes a legacy client list of N rows in the shape of a 1C export: windows-1251 (or
UTF-8), ';', CRLF, quoted names with doubled quotes, notes with line breaks, repeated INNs.
Usage: make_clients.py ROWS FILE [ENCODING]"""
import random
import sys

rows, path = int(sys.argv[1]), sys.argv[2]
encoding = sys.argv[3] if len(sys.argv) > 3 else "cp1251"
rnd = random.Random(1)
stems = ["Северный", "Альфа", "Техно", "Вектор", "Гранит", "Восход", "Меридиан", "Орион", "Сибирь", "Волга",
         "Ладога", "Прогресс", "Стандарт", "Импульс", "Кедр", "Атлант", "Дельта", "Звезда", "Полюс", "Эталон"]
trades = ["Строй", "Торг", "Снаб", "Пром", "Логистик", "Сервис", "Трейд", "Маш", "Агро", "Фарм"]
forms = ["ООО", "АО", "ПАО", "ЗАО"]
surnames = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров"]
names = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Михаил", "Иван", "Николай"]
positions = ["Директор", "Главный бухгалтер", "Менеджер по закупкам", "Снабженец", "Инженер", ""]
cities = ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Самара", "Омск", "Пермь"]
weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn(serial):
    digits = "%02d%07d" % (rnd.randint(10, 99), serial % 10000000)
    return digits + str(sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10)


with open(path, "w", encoding=encoding, newline="") as out:
    out.write("Наименование;ИНН;КПП;Контактное лицо;Должность;Телефон;E-mail;Адрес;Комментарий\r\n")
    previous = None
    for i in range(rows):
        if previous and rnd.random() < 0.03:
            name, tax = previous  # the same client again, another contact
        else:
            name = '%s ""%s%s %d""' % (rnd.choice(forms), rnd.choice(stems), rnd.choice(trades), i)
            tax = inn(i)
            previous = (name, tax)
        person = "%s %s" % (rnd.choice(surnames), rnd.choice(names))
        phone = rnd.choice(["+7 (495) %03d-%02d-%02d", "8-812-%03d-%02d-%02d", "+7 916 %03d %02d %02d"]) % (
            rnd.randint(100, 999), rnd.randint(0, 99), rnd.randint(0, 99))
        note = rnd.choice(["", "", "", '"Оплата по факту,\r\nотсрочка 14 дней"', "Ключевой клиент"])
        out.write('"%s";%s;%s;%s;%s;%s;c%d@client%d.ru;"г. %s, ул. Ленина, д. %d";%s\r\n' % (
            name, tax, tax[:4] + "01001", person, rnd.choice(positions), phone, i, i, rnd.choice(cities),
            rnd.randint(1, 200), note))
