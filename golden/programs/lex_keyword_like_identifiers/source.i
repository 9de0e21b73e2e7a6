# 1 "lex_keyword_like_identifiers.sy"
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
# 1 "lex_keyword_like_identifiers.sy" 2

int int1 = 1;
int intx = 2;
float floaty = 2.5;
int voidness = 3;
int constant = 4;
int whilex = 5;
int if_ = 6;
int _else = 7;
int breakpoint = 8;
int continued = 9;
int returned = 10;
int Int = 11;
int WHILE = 12;
int iff = 13;
int elsewhere = 14;
int getint2 = 15;
int main_value = 16;
int For = 17;
int do_ = 18;
int switch1 = 19;
int char_ = 20;
int long_ = 21;

int ifelse(int returnx) {
  int while_count = 0;
  while (returnx > 0) {
    if (returnx % 2) while_count = while_count + returnx;
    else while_count = while_count - 1;
    returnx = returnx - 1;
  }
  return while_count;
}

void voidfn(int constx) {
  putint(constx);
  putch(10);
}

int main() {
  int sum = int1 + intx + voidness + constant + whilex + if_ + _else + breakpoint +
            continued + returned + Int + WHILE + iff + elsewhere + getint2 + main_value +
            For + do_ + switch1 + char_ + long_;
  voidfn(sum);
  float floatval = floaty * 2;
  putfloat(floatval);
  putch(10);
  int returnvalue = ifelse(9);
  voidfn(returnvalue);
  int breakx = 0, continuex = 0;
  while (breakx < 10) {
    breakx = breakx + 1;
    if (breakx % 3 == 0) continue;
    continuex = continuex + breakx;
    if (continuex > 20) break;
  }
  {
    int int1 = 100, whilex = 200;
    continuex = continuex + int1 - whilex + 100;
  }
  voidfn(continuex + int1);
  return sum + returnvalue + continuex;
}
