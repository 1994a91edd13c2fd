# Steps on the demo district through Daftar's API, shared by the checks (source it after
# scripts/lib/postgres.sh). A step that fails says so on stderr and returns 1.

json() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" <<<"$2" | head -1; }

# step_open_file API: clerk.landrecords diarises a receipt and opens a file on it; prints the file's id.
step_open_file() {
    local receipt rid file fid
    receipt=$(curl -s -u clerk.landrecords:Daftar@2026 -H 'Content-Type: application/json' \
        -d '{"subject":"ग्राम सेंदरी में नामांतरण हेतु आवेदन","sender":"रामेश्वर साहू","mode":"POST","category":"REVENUE_CASE","priority":"IMMEDIATE"}' \
        "$1/receipts")
    rid=$(json id "$receipt"); [ -n "$rid" ] || { echo "diarising failed: $receipt" >&2; return 1; }
    file=$(curl -s -u clerk.landrecords:Daftar@2026 -H 'Content-Type: application/json' \
        -d "{\"subject\":\"नामांतरण प्रकरण\",\"subjectHead\":\"12-3\",\"receiptIds\":[$rid]}" "$1/files")
    fid=$(json id "$file"); [ -n "$fid" ] || { echo "opening a file failed: $file" >&2; return 1; }
    echo "$fid"
}

# step_send_to_so API FILE_ID: clerk.landrecords sends the file to the Land Records section officer.
step_send_to_so() {
    local sent
    sent=$(curl -s -o /dev/null -w '%{http_code}' -u clerk.landrecords:Daftar@2026 -H 'Content-Type: application/json' \
        -d '{"action":"SEND","toPost":"LR-LR-SO","remark":"अवलोकनार्थ"}' "$1/files/$2/movements")
    [ "$sent" = 201 ] || { echo "sending failed ($sent)" >&2; return 1; }
}

# step_instruct_so API: the collector holds today's time-limit meeting and instructs the Land Records
# section officer, due in one working day; prints the instruction's id.
step_instruct_so() {
    local today meeting mid instruction iid
    today=$(TZ=Asia/Kolkata date +%F)
    meeting=$(curl -s -u collector:Daftar@2026 -H 'Content-Type: application/json' \
        -d "{\"date\":\"$today\",\"type\":\"TIME_LIMIT\",\"title\":\"समय-सीमा बैठक\"}" "$1/meetings")
    mid=$(json id "$meeting"); [ -n "$mid" ] || { echo "holding a meeting failed: $meeting" >&2; return 1; }
    instruction=$(curl -s -u collector:Daftar@2026 -H 'Content-Type: application/json' \
        -d '{"text":"सीमांकन के लंबित प्रकरण निपटाएँ","assignees":["LR-LR-SO"],"workingDays":1}' "$1/meetings/$mid/instructions")
    iid=$(json id "$instruction"); [ -n "$iid" ] || { echo "giving an instruction failed: $instruction" >&2; return 1; }
    echo "$iid"
}

# rungs DB INSTRUCTION_ID [AND condition]: how many escalation rungs the instruction's ladder has.
rungs() {
    pg_sql "$1" "SELECT count(*) FROM escalation_step s JOIN assignment a ON a.id = s.assignment_id WHERE a.instruction_id = $2 ${3:-}"
}

# rungs_fired DB INSTRUCTION_ID: how many rungs of the instruction the audit trail says fired.
rungs_fired() {
    pg_sql "$1" "SELECT count(*) FROM audit_entry WHERE object_ref LIKE 'assignment:%' AND audit_action IN ('INSTRUCTION_ESCALATED', 'INSTRUCTION_REMINDED') AND detail LIKE (SELECT instruction_number FROM instruction WHERE id = $2) || ' %'"
}
