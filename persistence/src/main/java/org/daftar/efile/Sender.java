package org.daftar.efile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** Who wrote an incoming letter. */
@Embeddable
public class Sender implements Serializable {

    @Column(name = "sender_name", nullable = false, length = 120)
    private String name;

    @Column(name = "sender_designation", length = 120)
    private String designation;

    @Column(name = "sender_org", length = 200)
    private String organisation;

    @Column(name = "sender_address", length = 400)
    private String address;

    protected Sender() {
    }

    public Sender(String name, String designation, String organisation, String address) {
        this.name = Inputs.requiredText(name, 120, "receipt.sender");
        this.designation = Inputs.optionalText(designation, 120, "receipt.senderDesignation");
        this.organisation = Inputs.optionalText(organisation, 200, "receipt.senderOrganisation");
        this.address = Inputs.optionalText(address, 400, "receipt.senderAddress");
    }

    public String getName() { return name; }
    public String getDesignation() { return designation; }
    public String getOrganisation() { return organisation; }
    public String getAddress() { return address; }

    /** "Name, Designation, Organisation" without empty parts. */
    public String line() {
        StringBuilder b = new StringBuilder(name);
        for (String part : new String[]{designation, organisation}) {
            if (part != null) {
                b.append(", ").append(part);
            }
        }
        return b.toString();
    }
}
