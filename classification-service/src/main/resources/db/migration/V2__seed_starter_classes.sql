-- The four classes the platform's walking skeleton needs (class and schematic codes from CalHR's
-- UM guidelines and training material). Salary ranges are approximate monthly range-A figures,
-- for demonstration: replace them with the current CalHR pay scale when the catalog is imported.
insert into classification (class_code, schematic_code, title, salary_min, salary_max, um_category_override) values
    ('1139', 'CA46', 'Office Technician (Typing)',        3615.00, 4525.00, null),
    ('1441', 'CA55', 'Office Assistant (General)',        3135.00, 3927.00, null),
    ('5278', 'JY40', 'Management Services Technician',    3692.00, 4623.00, 'BRIDGING'),
    ('5157', 'JY20', 'Staff Services Analyst (General)',  4045.00, 6351.00, null);
