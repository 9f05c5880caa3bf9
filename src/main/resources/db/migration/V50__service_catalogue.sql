-- MPP Digital's service catalogue (issue #8, decisions 110-112): each service publishes the standard components of
-- PermenPANRB 15/2014 (requirements, procedure, time limit, cost, product, complaint channel), the form an applicant
-- fills in (fields, files among them: the required documents) and who acts at each workflow step. The working days
-- of each step are the case mechanism's service levels (case_policy, kind APPLICATION, subject = service code).
-- Seeded for production and demo alike. Runs unchanged on H2 and PostgreSQL.

create table service_catalogue (
    code              varchar(40)   primary key,
    agency_code       varchar(20)   not null references agency (code),
    name              varchar(200)  not null,
    life_event        varchar(24)   not null,
    summary           varchar(1000) not null,
    requirements      varchar(4000) not null,
    procedure_steps   varchar(4000) not null,
    product           varchar(500)  not null,
    complaint_channel varchar(500)  not null,
    fee               int           not null,
    active            boolean       not null,
    changed_at        timestamp with time zone not null,
    version           int           not null
);
create index service_catalogue_agency_idx on service_catalogue (agency_code);

create table service_field (
    service_code  varchar(40)  not null references service_catalogue (code),
    sort_order    int          not null,
    code          varchar(40)  not null,
    label         varchar(200) not null,
    field_type    varchar(16)  not null,
    required      boolean      not null,
    choices       varchar(1000),
    allowed_types varchar(200),
    max_kb        int,
    constraint service_field_pk primary key (service_code, sort_order),
    constraint service_field_code_uq unique (service_code, code)
);

create table service_step (
    service_code varchar(40)  not null references service_catalogue (code),
    step         varchar(24)  not null,
    label        varchar(200) not null,
    acting_role  varchar(24)  not null,
    constraint service_step_pk primary key (service_code, step)
);

-- The defaults of every service: 2 working days to verify, 5 to process, 2 to approve.
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', '*', 'VERIFICATION', 2);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', '*', 'PROCESSING', 5);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', '*', 'APPROVAL', 2);

insert into service_catalogue values ('AKTA_KELAHIRAN', 'DISDUKCAPIL', 'Penerbitan Akta Kelahiran', 'BIRTH',
 'Akta kelahiran untuk anak yang lahir di Kabupaten Mimika atau yang orang tuanya berdomisili di Mimika.',
 'Surat keterangan kelahiran dari dokter, bidan atau rumah sakit
Kartu Keluarga (KK) orang tua
KTP-el kedua orang tua
Buku nikah atau akta perkawinan orang tua (bila ada)',
 'Isi formulir dan unggah dokumen
Petugas memverifikasi berkas
Akta dicetak dan ditandatangani Kepala Dinas
Akta elektronik dikirim ke akun Anda',
 'Kutipan Akta Kelahiran (dokumen elektronik bertanda tangan elektronik)',
 'Pengaduan lewat menu Lapor (kategori Kependudukan dan Pencatatan Sipil) atau loket Disdukcapil di MPP Mimika',
 0, true, current_timestamp, 0);
insert into service_catalogue values ('PERUBAHAN_KK', 'DISDUKCAPIL', 'Perubahan Data Kartu Keluarga', 'FAMILY',
 'Perubahan elemen data KK: penambahan anggota, perubahan pendidikan, pekerjaan, status perkawinan atau alamat dalam Mimika.',
 'Kartu Keluarga yang lama
KTP-el kepala keluarga
Dokumen pendukung perubahan (ijazah, buku nikah, surat keterangan kerja, dan sebagainya)',
 'Isi formulir dan unggah dokumen
Petugas memverifikasi berkas
KK baru dicetak dan disahkan Kepala Dinas
KK elektronik dikirim ke akun Anda',
 'Kartu Keluarga baru (dokumen elektronik)',
 'Pengaduan lewat menu Lapor (kategori Kependudukan dan Pencatatan Sipil) atau loket Disdukcapil di MPP Mimika',
 0, true, current_timestamp, 0);
insert into service_catalogue values ('SURAT_PINDAH', 'DISDUKCAPIL', 'Surat Keterangan Pindah', 'MOVING',
 'Surat keterangan pindah (SKPWNI) bagi penduduk Mimika yang pindah ke kabupaten atau kota lain.',
 'Kartu Keluarga
KTP-el pemohon
Alamat tujuan pindah yang lengkap',
 'Isi formulir dan unggah dokumen
Petugas memverifikasi berkas
Surat pindah ditandatangani Kepala Dinas
Surat elektronik dikirim ke akun Anda',
 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)',
 'Pengaduan lewat menu Lapor (kategori Kependudukan dan Pencatatan Sipil) atau loket Disdukcapil di MPP Mimika',
 0, true, current_timestamp, 0);
insert into service_catalogue values ('SIP_NAKES', 'DPMPTSP', 'Surat Izin Praktik Tenaga Kesehatan (SIP)', 'WORK',
 'Izin praktik bagi dokter, bidan, perawat dan tenaga kesehatan lain di fasilitas kesehatan di Mimika.',
 'Surat Tanda Registrasi (STR) yang masih berlaku
Surat keterangan dari fasilitas kesehatan tempat praktik
Rekomendasi organisasi profesi
Pas foto berwarna',
 'Isi formulir dan unggah dokumen
Petugas DPMPTSP memverifikasi berkas
Tim teknis memeriksa pemenuhan syarat
Kepala DPMPTSP menandatangani izin',
 'Surat Izin Praktik (dokumen elektronik bertanda tangan elektronik)',
 'Pengaduan lewat menu Lapor (kategori Perizinan dan Investasi) atau loket DPMPTSP di MPP Mimika',
 0, true, current_timestamp, 0);
insert into service_catalogue values ('IZIN_REKLAME', 'DPMPTSP', 'Izin Penyelenggaraan Reklame', 'BUSINESS',
 'Izin memasang reklame (papan nama usaha, baliho, spanduk) di wilayah Kabupaten Mimika.',
 'KTP-el pemohon atau penanggung jawab usaha
Nomor Induk Berusaha (NIB)
Desain dan ukuran reklame
Foto lokasi pemasangan',
 'Isi formulir dan unggah dokumen
Petugas DPMPTSP memverifikasi berkas
Tim teknis meninjau lokasi
Kepala DPMPTSP menandatangani izin',
 'Izin Penyelenggaraan Reklame (dokumen elektronik)',
 'Pengaduan lewat menu Lapor (kategori Perizinan dan Investasi) atau loket DPMPTSP di MPP Mimika',
 0, true, current_timestamp, 0);
insert into service_catalogue values ('KARTU_AK1', 'DISNAKERTRANS', 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I)', 'WORK',
 'Kartu kuning (AK/I) bagi pencari kerja yang berdomisili di Mimika.',
 'KTP-el pemohon
Ijazah terakhir
Pas foto berwarna',
 'Isi formulir dan unggah dokumen
Petugas memverifikasi berkas
Kartu AK/I diterbitkan',
 'Kartu AK/I (dokumen elektronik)',
 'Pengaduan lewat menu Lapor (kategori Ketenagakerjaan) atau loket Disnakertrans di MPP Mimika',
 0, true, current_timestamp, 0);

insert into service_field values ('AKTA_KELAHIRAN', 1, 'NAMA_ANAK', 'Nama lengkap anak', 'TEXT', true, null, null, null);
insert into service_field values ('AKTA_KELAHIRAN', 2, 'TANGGAL_LAHIR', 'Tanggal lahir anak', 'DATE', true, null, null, null);
insert into service_field values ('AKTA_KELAHIRAN', 3, 'JENIS_KELAMIN', 'Jenis kelamin anak', 'CHOICE', true, 'Laki-laki|Perempuan', null, null);
insert into service_field values ('AKTA_KELAHIRAN', 4, 'NIK_IBU', 'NIK ibu', 'NIK', true, null, null, null);
insert into service_field values ('AKTA_KELAHIRAN', 5, 'NOMOR_KK', 'Nomor KK orang tua', 'KK_NUMBER', true, null, null, null);
insert into service_field values ('AKTA_KELAHIRAN', 6, 'KAMPUNG', 'Kampung atau kelurahan tempat lahir', 'VILLAGE', true, null, null, null);
insert into service_field values ('AKTA_KELAHIRAN', 7, 'SURAT_LAHIR', 'Surat keterangan kelahiran', 'FILE', true, null, 'PDF,JPEG,PNG', 5120);
insert into service_field values ('AKTA_KELAHIRAN', 8, 'KK', 'Kartu Keluarga orang tua', 'FILE', true, null, 'PDF,JPEG,PNG', 5120);
insert into service_field values ('AKTA_KELAHIRAN', 9, 'BUKU_NIKAH', 'Buku nikah orang tua', 'FILE', false, null, 'PDF,JPEG,PNG', 5120);

insert into service_field values ('PERUBAHAN_KK', 1, 'NOMOR_KK', 'Nomor KK', 'KK_NUMBER', true, null, null, null);
insert into service_field values ('PERUBAHAN_KK', 2, 'NIK_KEPALA', 'NIK kepala keluarga', 'NIK', true, null, null, null);
insert into service_field values ('PERUBAHAN_KK', 3, 'JENIS_PERUBAHAN', 'Jenis perubahan', 'CHOICE', true, 'Tambah anggota|Pendidikan|Pekerjaan|Status perkawinan|Alamat', null, null);
insert into service_field values ('PERUBAHAN_KK', 4, 'KETERANGAN', 'Keterangan perubahan', 'TEXT', true, null, null, null);
insert into service_field values ('PERUBAHAN_KK', 5, 'KK_LAMA', 'Kartu Keluarga lama', 'FILE', true, null, 'PDF,JPEG,PNG', 5120);
insert into service_field values ('PERUBAHAN_KK', 6, 'PENDUKUNG', 'Dokumen pendukung perubahan', 'FILE', true, null, 'PDF,JPEG,PNG', 5120);

insert into service_field values ('SURAT_PINDAH', 1, 'NIK', 'NIK pemohon', 'NIK', true, null, null, null);
insert into service_field values ('SURAT_PINDAH', 2, 'NOMOR_KK', 'Nomor KK', 'KK_NUMBER', true, null, null, null);
insert into service_field values ('SURAT_PINDAH', 3, 'ALAMAT_TUJUAN', 'Alamat tujuan pindah', 'TEXT', true, null, null, null);
insert into service_field values ('SURAT_PINDAH', 4, 'JUMLAH_PINDAH', 'Jumlah anggota keluarga yang pindah', 'NUMBER', true, null, null, null);
insert into service_field values ('SURAT_PINDAH', 5, 'TELEPON', 'Nomor HP yang dapat dihubungi', 'PHONE', true, null, null, null);
insert into service_field values ('SURAT_PINDAH', 6, 'KK', 'Kartu Keluarga', 'FILE', true, null, 'PDF,JPEG,PNG', 5120);

insert into service_field values ('SIP_NAKES', 1, 'NIK', 'NIK pemohon', 'NIK', true, null, null, null);
insert into service_field values ('SIP_NAKES', 2, 'PROFESI', 'Profesi', 'CHOICE', true, 'Dokter|Dokter gigi|Bidan|Perawat|Apoteker|Tenaga kesehatan lain', null, null);
insert into service_field values ('SIP_NAKES', 3, 'NOMOR_STR', 'Nomor STR', 'TEXT', true, null, null, null);
insert into service_field values ('SIP_NAKES', 4, 'TEMPAT_PRAKTIK', 'Nama fasilitas tempat praktik', 'TEXT', true, null, null, null);
insert into service_field values ('SIP_NAKES', 5, 'STR', 'Surat Tanda Registrasi (STR)', 'FILE', true, null, 'PDF', 5120);
insert into service_field values ('SIP_NAKES', 6, 'REKOMENDASI', 'Rekomendasi organisasi profesi', 'FILE', true, null, 'PDF', 5120);
insert into service_field values ('SIP_NAKES', 7, 'PAS_FOTO', 'Pas foto berwarna', 'FILE', true, null, 'JPEG,PNG', 2048);

insert into service_field values ('IZIN_REKLAME', 1, 'NIK', 'NIK penanggung jawab', 'NIK', true, null, null, null);
insert into service_field values ('IZIN_REKLAME', 2, 'NIB', 'Nomor Induk Berusaha (NIB)', 'TEXT', true, null, null, null);
insert into service_field values ('IZIN_REKLAME', 3, 'JENIS_REKLAME', 'Jenis reklame', 'CHOICE', true, 'Papan nama|Baliho|Spanduk|Neon box', null, null);
insert into service_field values ('IZIN_REKLAME', 4, 'LUAS', 'Luas bidang reklame (m2)', 'NUMBER', true, null, null, null);
insert into service_field values ('IZIN_REKLAME', 5, 'KAMPUNG', 'Kampung atau kelurahan lokasi', 'VILLAGE', true, null, null, null);
insert into service_field values ('IZIN_REKLAME', 6, 'DESAIN', 'Desain reklame', 'FILE', true, null, 'PDF,JPEG,PNG', 5120);
insert into service_field values ('IZIN_REKLAME', 7, 'FOTO_LOKASI', 'Foto lokasi pemasangan', 'FILE', true, null, 'JPEG,PNG', 5120);

insert into service_field values ('KARTU_AK1', 1, 'NIK', 'NIK pemohon', 'NIK', true, null, null, null);
insert into service_field values ('KARTU_AK1', 2, 'PENDIDIKAN', 'Pendidikan terakhir', 'CHOICE', true, 'SD|SMP|SMA/SMK|Diploma|Sarjana', null, null);
insert into service_field values ('KARTU_AK1', 3, 'TELEPON', 'Nomor HP', 'PHONE', true, null, null, null);
insert into service_field values ('KARTU_AK1', 4, 'IJAZAH', 'Ijazah terakhir', 'FILE', true, null, 'PDF,JPEG,PNG', 5120);

insert into service_step (service_code, step, label, acting_role)
select code, 'VERIFICATION', 'Verifikasi berkas', 'AGENCY_STAFF' from service_catalogue;
insert into service_step (service_code, step, label, acting_role)
select code, 'PROCESSING', 'Pemrosesan', 'AGENCY_STAFF' from service_catalogue;
insert into service_step (service_code, step, label, acting_role)
select code, 'APPROVAL', 'Persetujuan Kepala OPD', 'AGENCY_HEAD' from service_catalogue;

-- Disdukcapil's documents: 1 day to verify, 1 to process (the national "same day" target allows for the queue), 1 to sign.
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'AKTA_KELAHIRAN', 'VERIFICATION', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'AKTA_KELAHIRAN', 'PROCESSING', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'AKTA_KELAHIRAN', 'APPROVAL', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'PERUBAHAN_KK', 'VERIFICATION', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'PERUBAHAN_KK', 'PROCESSING', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'PERUBAHAN_KK', 'APPROVAL', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'SURAT_PINDAH', 'VERIFICATION', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'SURAT_PINDAH', 'PROCESSING', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'SURAT_PINDAH', 'APPROVAL', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'SIP_NAKES', 'VERIFICATION', 2);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'SIP_NAKES', 'PROCESSING', 5);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'SIP_NAKES', 'APPROVAL', 2);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'IZIN_REKLAME', 'VERIFICATION', 2);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'IZIN_REKLAME', 'PROCESSING', 5);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'IZIN_REKLAME', 'APPROVAL', 2);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'KARTU_AK1', 'VERIFICATION', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'KARTU_AK1', 'PROCESSING', 1);
insert into case_policy (kind, subject_code, step, working_days) values ('APPLICATION', 'KARTU_AK1', 'APPROVAL', 1);
