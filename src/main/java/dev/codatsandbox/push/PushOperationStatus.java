package dev.codatsandbox.push;

/** The status of a push operation, spelled as Codat spells it on the wire. */
public enum PushOperationStatus {
    Pending,
    Failed,
    Success,
    TimedOut
}
