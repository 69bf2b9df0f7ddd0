"""kg: a knowledge-graph builder for Chinese government and political news."""
