-- Federation (README, "Federation"): the axes a forwarded packet crossed before this one, and for a copy forwarded to
-- a peer axis the packetId the peer gave it. A packet a peer forwards comes from an office outside this directory, as a
-- copy forwarded to a peer goes to one (V4 dropped that key for the recipients): the sender's key goes too.
ALTER TABLE packet ADD COLUMN trace VARCHAR(2000) NULL;
ALTER TABLE delivery ADD COLUMN forwarded_as VARCHAR(36) NULL;
ALTER TABLE packet DROP CONSTRAINT fk_packet_sender;
