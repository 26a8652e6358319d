package dev.codatsandbox.model;

/** Type of a contact's phone number, spelled as Codat spells it on the wire. */
public enum PhoneNumberType {
    Primary,
    Landline,
    Mobile,
    Fax,
    Unknown
}
