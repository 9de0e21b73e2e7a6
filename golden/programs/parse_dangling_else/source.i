# 1 "parse_dangling_else.sy"
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
# 1 "parse_dangling_else.sy" 2

int classify(int a, int b) {
  int r = 0;
  if (a > 0)
    if (b > 0)
      r = 1;
    else
      r = 2;
  return r;
}

int classify_braced(int a, int b) {
  int r = 0;
  if (a > 0) {
    if (b > 0)
      r = 1;
  } else
    r = 2;
  return r;
}

int chain(int x) {
  if (x < 10) if (x < 5) if (x < 2) return 1; else return 2; else return 3; else if (x < 20) return 4; else return 5;
}

int main() {
  int as[4] = {1, 1, -1, -1};
  int bs[4] = {1, -1, 1, -1};
  int i = 0, code = 0;
  while (i < 4) {
    putint(classify(as[i], bs[i]));
    putint(classify_braced(as[i], bs[i]));
    putch(32);
    code = code * 5 + classify(as[i], bs[i]) * 2 + classify_braced(as[i], bs[i]);
    i = i + 1;
  }
  putch(10);
  int xs[6] = {0, 3, 7, 12, 30, 1};
  i = 0;
  while (i < 6) {
    putint(chain(xs[i]));
    i = i + 1;
  }
  putch(10);
  int flag = 0;
  if (1) if (0) flag = 1; else if (0) flag = 2; else flag = 3;
  if (flag == 3) ; else flag = 0;
  if (flag) {} else { flag = 4; }
  putint(flag); putch(10);
  return code % 256;
}
