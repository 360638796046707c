-- SAMPLE DATA, loaded only when edoc.sample-data=true (the run command and the tests turn it on).
-- A small part of Gia Lai before 1 July 2025: the province, departments, district-level units and their communes.
-- Names are real; codes are SYNTHETIC but well-formed QCVN 102 codes (V1V2V3.Z1Z2.Y1Y2.H21; level 1 on the right):
-- departments use Y1Y2 01-39, district-level units Y1Y2 41-57 in GSO order (622 Pleiku = 41, ...), communes Z1Z2
-- under their district. The whole directory comes with the directory feature.

INSERT INTO office (code, name, level_name, parent_code, active) VALUES
    ('000.00.00.H21', 'UBND tỉnh Gia Lai', 'PROVINCE', NULL, TRUE);

INSERT INTO office (code, name, level_name, parent_code, active) VALUES
    ('000.00.01.H21', 'Văn phòng UBND tỉnh Gia Lai', 'DEPARTMENT', '000.00.00.H21', TRUE),
    ('000.00.02.H21', 'Sở Nội vụ tỉnh Gia Lai', 'DEPARTMENT', '000.00.00.H21', TRUE),
    ('000.00.03.H21', 'Sở Tài chính tỉnh Gia Lai', 'DEPARTMENT', '000.00.00.H21', TRUE),
    ('000.00.04.H21', 'Sở Thông tin và Truyền thông tỉnh Gia Lai', 'DEPARTMENT', '000.00.00.H21', TRUE);

INSERT INTO office (code, name, level_name, parent_code, active) VALUES
    ('000.00.41.H21', 'UBND thành phố Pleiku', 'DISTRICT', '000.00.00.H21', TRUE),
    ('000.00.42.H21', 'UBND thị xã An Khê', 'DISTRICT', '000.00.00.H21', TRUE),
    ('000.00.46.H21', 'UBND huyện Chư Păh', 'DISTRICT', '000.00.00.H21', TRUE);

INSERT INTO office (code, name, level_name, parent_code, active) VALUES
    ('000.01.41.H21', 'UBND phường Diên Hồng', 'COMMUNE', '000.00.41.H21', TRUE),
    ('000.02.41.H21', 'UBND phường Hội Thương', 'COMMUNE', '000.00.41.H21', TRUE),
    ('000.03.41.H21', 'UBND xã Biển Hồ', 'COMMUNE', '000.00.41.H21', TRUE),
    ('000.01.42.H21', 'UBND phường An Bình', 'COMMUNE', '000.00.42.H21', TRUE),
    ('000.02.42.H21', 'UBND xã Song An', 'COMMUNE', '000.00.42.H21', TRUE),
    ('000.01.46.H21', 'UBND thị trấn Phú Hòa', 'COMMUNE', '000.00.46.H21', TRUE),
    ('000.02.46.H21', 'UBND xã Nghĩa Hòa', 'COMMUNE', '000.00.46.H21', TRUE);
