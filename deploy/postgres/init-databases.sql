-- One database and login role per service, as the local launcher creates them (PostgresServer),
-- and Keycloak's own (docker-compose.yml runs it in production mode on PostgreSQL).
create role classification login password 'classification';
create database classification owner classification;
create role participants login password 'participants';
create database participants owner participants;
create role plans login password 'plans';
create database plans owner plans;
create role reporting login password 'reporting';
create database reporting owner reporting;
create role keycloak login password 'keycloak';
create database keycloak owner keycloak;
