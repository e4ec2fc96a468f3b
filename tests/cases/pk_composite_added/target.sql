-- A composite primary key added: the link table has no key yet.
CREATE TABLE students (id integer PRIMARY KEY);
CREATE TABLE courses (id integer PRIMARY KEY);
CREATE TABLE enrolments (
    student_id integer NOT NULL REFERENCES students (id),
    course_id integer NOT NULL REFERENCES courses (id)
);
INSERT INTO students VALUES (1), (2);
INSERT INTO courses VALUES (10);
INSERT INTO enrolments VALUES (1, 10), (2, 10);
