"""Citizens' requests (eGov, e-Otinish, service centres): a built-in plugin on workplace.api."""
