package availability

import (
	"strings"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

func TestFirstNameserver(t *testing.T) {
	cases := []struct{ conf, want string }{
		{"# generated\nsearch example.org\nnameserver 10.0.0.2\nnameserver 10.0.0.3\n", "10.0.0.2:53"},
		{"; nameserver 1.1.1.1\n#nameserver 8.8.8.8\noptions ndots:2\n  nameserver\t::1\n", "[::1]:53"},
		{"search example.org\n", ""},
	}
	for _, c := range cases {
		got, err := firstNameserver(strings.NewReader(c.conf))
		if err != nil || got != c.want {
			t.Errorf("firstNameserver(%q) = %q, %v; want %q", c.conf, got, err, c.want)
		}
	}
}

func TestRcodeName(t *testing.T) {
	for c, want := range map[int]string{0: "NOERROR", 2: "SERVFAIL", 3: "NXDOMAIN", 5: "REFUSED", 16: "RCODE 16"} {
		if got := rcodeName(dnsmessage.RCode(c)); got != want {
			t.Errorf("rcodeName(%d) = %q, want %q", c, got, want)
		}
	}
}
