from casualty_claims.cli import main

raise SystemExit(main())
