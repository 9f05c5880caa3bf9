-- Where a report placed only by district or village is drawn on a map: the region's centre.
-- The district points are APPROXIMATE (near each district's main settlement, to a few kilometres), good enough to
-- put a marker in the right part of the regency, never survey data. Villages have no point yet (null) and fall
-- back to their district's; a migration can add them when the regency's boundary data is at hand.
alter table region add column latitude numeric(9, 6);
alter table region add column longitude numeric(9, 6);

update region set latitude = -4.546000, longitude = 136.886000 where code = '94.04.01'; -- Mimika Baru (Timika)
update region set latitude = -4.800000, longitude = 137.550000 where code = '94.04.02'; -- Agimuga
update region set latitude = -4.720000, longitude = 136.950000 where code = '94.04.03'; -- Mimika Timur (Mapurujaya)
update region set latitude = -4.710000, longitude = 136.430000 where code = '94.04.04'; -- Mimika Barat (Kokonao)
update region set latitude = -4.930000, longitude = 137.350000 where code = '94.04.05'; -- Jita
update region set latitude = -4.250000, longitude = 137.250000 where code = '94.04.06'; -- Jila
update region set latitude = -4.860000, longitude = 137.150000 where code = '94.04.07'; -- Mimika Timur Jauh
update region set latitude = -4.780000, longitude = 136.620000 where code = '94.04.08'; -- Mimika Tengah
update region set latitude = -4.430000, longitude = 136.850000 where code = '94.04.09'; -- Kuala Kencana
update region set latitude = -4.140000, longitude = 137.090000 where code = '94.04.10'; -- Tembagapura
update region set latitude = -4.450000, longitude = 135.850000 where code = '94.04.11'; -- Mimika Barat Jauh
update region set latitude = -4.600000, longitude = 136.200000 where code = '94.04.12'; -- Mimika Barat Tengah
update region set latitude = -4.480000, longitude = 136.930000 where code = '94.04.13'; -- Kwamki Narama
update region set latitude = -4.350000, longitude = 137.400000 where code = '94.04.14'; -- Hoya
update region set latitude = -4.450000, longitude = 136.700000 where code = '94.04.15'; -- Iwaka
update region set latitude = -4.580000, longitude = 136.930000 where code = '94.04.16'; -- Wania
update region set latitude = -4.880000, longitude = 136.780000 where code = '94.04.17'; -- Amar
update region set latitude = -4.250000, longitude = 137.550000 where code = '94.04.18'; -- Alama
