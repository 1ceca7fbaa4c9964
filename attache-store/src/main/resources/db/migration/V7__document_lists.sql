-- The start page lists the latest diplomatic documents and, apart, the others: one index serves
-- both lists in the order they are shown.
CREATE INDEX document_latest ON document (diplomatic, published DESC NULLS LAST, id);
