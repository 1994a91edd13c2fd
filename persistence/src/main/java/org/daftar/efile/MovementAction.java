package org.daftar.efile;

/** What happened to an item on its way (संचलन). CREATE is the first entry of every item's movement chain. */
public enum MovementAction {
    CREATE, SEND, RETURN, PULL_BACK, PARK, CLOSE, REOPEN, PUT_IN_FILE
}
