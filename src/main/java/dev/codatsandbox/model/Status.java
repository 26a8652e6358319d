package dev.codatsandbox.model;

/** Current state of a customer or of one of its contacts, spelled as Codat spells it on the wire. */
public enum Status {
    Unknown,
    Active,
    Archived
}
