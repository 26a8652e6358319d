package dev.codatsandbox.model;

/** Type of an address, spelled as Codat spells it on the wire. */
public enum AddressType {
    Unknown,
    Billing,
    Delivery
}
