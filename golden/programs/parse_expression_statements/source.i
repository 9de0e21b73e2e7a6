# 1 "parse_expression_statements.sy"
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
# 1 "parse_expression_statements.sy" 2



int counter = 0;
int cells[4] = {5, 6, 7, 8};

int bump(int by) {
  counter = counter + by;
  return counter;
}

void report(int limit) {
  int i = 0;
  while (1) {
    if (i >= limit) return;
    putint(cells[i]);
    putch(32);
    i = i + 1;
  }
}

int ratio(int a, int b) {
  return a * 1.5 / b;
}

int main() {
  int a = 3;
  float f = 2.5;
  a;
  a + 1;
  (a * 2);
  -a;
  f * 2;
  cells[a];
  cells[1] + cells[2];
  bump(2);
  bump(3) * 10;
  (bump(1));
  -bump(4) + a;
  1;
  ratio(7, 2);
  report(2);
  report(4);
  putch(10);
  putint(counter);
  putch(32);
  putint(ratio(7, 2));
  putch(32);
  putint(a);
  putch(10);
  return counter * 2.5;
}
