package org.daftar.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.user.ApiTokenService;
import org.daftar.user.ApiTokenService.TokenRow;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** A person's API tokens: create one (shown once), see and revoke the others. */
@Named
@ViewScoped
public class TokensView implements Serializable {

    @Inject
    private transient ApiTokenService tokens;

    private List<TokenRow> rows;
    private String label;
    private String created;

    @PostConstruct
    void load() {
        rows = tokens.mine();
    }

    public void create() {
        created = tokens.create(label);
        label = null;
        Messages.info(null, "token.created");
        load();
    }

    public void revoke(Long id) {
        tokens.revoke(id);
        Messages.info(null, "token.revoked");
        load();
    }

    public List<TokenRow> getRows() { return rows; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getCreated() { return created; }
}
