# 1 "parse_empty_statements_blocks.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "parse_empty_statements_blocks.sy" 2

int g;

void empty_fn() {}

void only_semicolons() { ; ; ; }

void nested_empty() { {} { {} {} } ; { ; } }

int returns_after_empties() {
  ;;;
  {}
  {{}}
  return 7;;
}

int main() {
  ;
  empty_fn();
  only_semicolons();
  nested_empty();
  int i = 0;
  while (i < 5) i = i + 1;
  while (0);
  while (0) {}
  if (i) ; else ;
  if (i == 5) {} else { i = 100; }
  if (!i) {}
  {
    ;
    {
      int inner = returns_after_empties();
      g = inner;
      ;
    }
  }
  int k = 0;
  while (k < 10) {
    k = k + 1;
    if (k % 2) {} else { continue; }
    ;
    {}
  }
  ;;
  putint(i); putch(32);
  putint(g); putch(32);
  putint(k); putch(10);
  {};
  return i + g + k;;
}
