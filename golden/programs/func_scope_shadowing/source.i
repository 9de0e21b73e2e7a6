# 1 "func_scope_shadowing.sy"
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
# 1 "func_scope_shadowing.sy" 2

int x = 100;
int y = 7;

int use_global() {
  return x + y;
}

int shadow_param(int x) {
  int r = x;
  {
    int x = 3;
    r = r * 10 + x;
    {
      int x = 4;
      r = r * 10 + x;
    }
    r = r * 10 + x;
  }
  return r * 10 + x;
}

int main() {
  putint(x); putch(10);
  int x = 1;
  putint(x); putch(10);
  {
    int x = 2;
    int y = x + 40;
    putint(x + y); putch(10);
    {
      x = x + 10;
      int x = 50;
      putint(x); putch(10);
    }
    putint(x); putch(10);
  }
  putint(x + y); putch(10);
  putint(use_global()); putch(10);
  putint(shadow_param(9)); putch(10);
  int i = 0;
  int total = 0;
  while (i < 3) {
    int i2 = i * 2;
    int total = i2 + 1;
    putint(total); putch(32);
    i = i + 1;
  }
  putch(10);
  {
    const int y = 70;
    total = total + y;
  }
  return total + x + y;
}
