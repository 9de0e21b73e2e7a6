; ModuleID = 'func_calculator_getch.sy'
source_filename = "func_calculator_getch.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ch = dso_local global i32 0, align 4
@error = dso_local global i32 0, align 4
@.str = private unnamed_addr constant [16 x i8] c"line %d: error\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"line %d: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @next() #0 {
  %1 = call i32 @getch()
  store i32 %1, i32* @ch, align 4
  br label %2

2:                                                ; preds = %10, %0
  %3 = load i32, i32* @ch, align 4
  %4 = icmp eq i32 %3, 32
  br i1 %4, label %8, label %5

5:                                                ; preds = %2
  %6 = load i32, i32* @ch, align 4
  %7 = icmp eq i32 %6, 9
  br label %8

8:                                                ; preds = %5, %2
  %9 = phi i1 [ true, %2 ], [ %7, %5 ]
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = call i32 @getch()
  store i32 %11, i32* @ch, align 4
  br label %2, !llvm.loop !6

12:                                               ; preds = %8
  ret void
}

declare i32 @getch() #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @parse(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  %12 = load i32, i32* %3, align 4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %40

14:                                               ; preds = %1
  %15 = call i32 @parse(i32 noundef 1)
  store i32 %15, i32* %4, align 4
  br label %16

16:                                               ; preds = %37, %14
  %17 = load i32, i32* @ch, align 4
  %18 = icmp eq i32 %17, 43
  br i1 %18, label %22, label %19

19:                                               ; preds = %16
  %20 = load i32, i32* @ch, align 4
  %21 = icmp eq i32 %20, 45
  br label %22

22:                                               ; preds = %19, %16
  %23 = phi i1 [ true, %16 ], [ %21, %19 ]
  br i1 %23, label %24, label %38

24:                                               ; preds = %22
  %25 = load i32, i32* @ch, align 4
  store i32 %25, i32* %5, align 4
  call void @next()
  %26 = call i32 @parse(i32 noundef 1)
  store i32 %26, i32* %6, align 4
  %27 = load i32, i32* %5, align 4
  %28 = icmp eq i32 %27, 43
  br i1 %28, label %29, label %33

29:                                               ; preds = %24
  %30 = load i32, i32* %4, align 4
  %31 = load i32, i32* %6, align 4
  %32 = add nsw i32 %30, %31
  store i32 %32, i32* %4, align 4
  br label %37

33:                                               ; preds = %24
  %34 = load i32, i32* %4, align 4
  %35 = load i32, i32* %6, align 4
  %36 = sub nsw i32 %34, %35
  store i32 %36, i32* %4, align 4
  br label %37

37:                                               ; preds = %33, %29
  br label %16, !llvm.loop !8

38:                                               ; preds = %22
  %39 = load i32, i32* %4, align 4
  store i32 %39, i32* %2, align 4
  br label %140

40:                                               ; preds = %1
  %41 = load i32, i32* %3, align 4
  %42 = icmp eq i32 %41, 1
  br i1 %42, label %43, label %86

43:                                               ; preds = %40
  %44 = call i32 @parse(i32 noundef 2)
  store i32 %44, i32* %7, align 4
  br label %45

45:                                               ; preds = %83, %43
  %46 = load i32, i32* @ch, align 4
  %47 = icmp eq i32 %46, 42
  br i1 %47, label %54, label %48

48:                                               ; preds = %45
  %49 = load i32, i32* @ch, align 4
  %50 = icmp eq i32 %49, 47
  br i1 %50, label %54, label %51

51:                                               ; preds = %48
  %52 = load i32, i32* @ch, align 4
  %53 = icmp eq i32 %52, 37
  br label %54

54:                                               ; preds = %51, %48, %45
  %55 = phi i1 [ true, %48 ], [ true, %45 ], [ %53, %51 ]
  br i1 %55, label %56, label %84

56:                                               ; preds = %54
  %57 = load i32, i32* @ch, align 4
  store i32 %57, i32* %8, align 4
  call void @next()
  %58 = call i32 @parse(i32 noundef 2)
  store i32 %58, i32* %9, align 4
  %59 = load i32, i32* %8, align 4
  %60 = icmp eq i32 %59, 42
  br i1 %60, label %61, label %66

61:                                               ; preds = %56
  %62 = load i32, i32* %7, align 4
  %63 = load i32, i32* %9, align 4
  %64 = mul nsw i32 %62, %63
  %65 = srem i32 %64, 1000000
  store i32 %65, i32* %7, align 4
  br label %83

66:                                               ; preds = %56
  %67 = load i32, i32* %9, align 4
  %68 = icmp eq i32 %67, 0
  br i1 %68, label %69, label %70

69:                                               ; preds = %66
  store i32 1, i32* @error, align 4
  br label %82

70:                                               ; preds = %66
  %71 = load i32, i32* %8, align 4
  %72 = icmp eq i32 %71, 47
  br i1 %72, label %73, label %77

73:                                               ; preds = %70
  %74 = load i32, i32* %7, align 4
  %75 = load i32, i32* %9, align 4
  %76 = sdiv i32 %74, %75
  store i32 %76, i32* %7, align 4
  br label %81

77:                                               ; preds = %70
  %78 = load i32, i32* %7, align 4
  %79 = load i32, i32* %9, align 4
  %80 = srem i32 %78, %79
  store i32 %80, i32* %7, align 4
  br label %81

81:                                               ; preds = %77, %73
  br label %82

82:                                               ; preds = %81, %69
  br label %83

83:                                               ; preds = %82, %61
  br label %45, !llvm.loop !9

84:                                               ; preds = %54
  %85 = load i32, i32* %7, align 4
  store i32 %85, i32* %2, align 4
  br label %140

86:                                               ; preds = %40
  %87 = load i32, i32* @ch, align 4
  %88 = icmp eq i32 %87, 45
  br i1 %88, label %89, label %92

89:                                               ; preds = %86
  call void @next()
  %90 = call i32 @parse(i32 noundef 2)
  %91 = sub nsw i32 0, %90
  store i32 %91, i32* %2, align 4
  br label %140

92:                                               ; preds = %86
  %93 = load i32, i32* @ch, align 4
  %94 = icmp eq i32 %93, 40
  br i1 %94, label %95, label %103

95:                                               ; preds = %92
  call void @next()
  %96 = call i32 @parse(i32 noundef 0)
  store i32 %96, i32* %10, align 4
  %97 = load i32, i32* @ch, align 4
  %98 = icmp eq i32 %97, 41
  br i1 %98, label %99, label %100

99:                                               ; preds = %95
  call void @next()
  br label %101

100:                                              ; preds = %95
  store i32 1, i32* @error, align 4
  br label %101

101:                                              ; preds = %100, %99
  %102 = load i32, i32* %10, align 4
  store i32 %102, i32* %2, align 4
  br label %140

103:                                              ; preds = %92
  %104 = load i32, i32* @ch, align 4
  %105 = icmp sge i32 %104, 48
  br i1 %105, label %106, label %139

106:                                              ; preds = %103
  %107 = load i32, i32* @ch, align 4
  %108 = icmp sle i32 %107, 57
  br i1 %108, label %109, label %139

109:                                              ; preds = %106
  store i32 0, i32* %11, align 4
  br label %110

110:                                              ; preds = %118, %109
  %111 = load i32, i32* @ch, align 4
  %112 = icmp sge i32 %111, 48
  br i1 %112, label %113, label %116

113:                                              ; preds = %110
  %114 = load i32, i32* @ch, align 4
  %115 = icmp sle i32 %114, 57
  br label %116

116:                                              ; preds = %113, %110
  %117 = phi i1 [ false, %110 ], [ %115, %113 ]
  br i1 %117, label %118, label %126

118:                                              ; preds = %116
  %119 = load i32, i32* %11, align 4
  %120 = mul nsw i32 %119, 10
  %121 = load i32, i32* @ch, align 4
  %122 = add nsw i32 %120, %121
  %123 = sub nsw i32 %122, 48
  %124 = srem i32 %123, 1000000
  store i32 %124, i32* %11, align 4
  %125 = call i32 @getch()
  store i32 %125, i32* @ch, align 4
  br label %110, !llvm.loop !10

126:                                              ; preds = %116
  br label %127

127:                                              ; preds = %135, %126
  %128 = load i32, i32* @ch, align 4
  %129 = icmp eq i32 %128, 32
  br i1 %129, label %133, label %130

130:                                              ; preds = %127
  %131 = load i32, i32* @ch, align 4
  %132 = icmp eq i32 %131, 9
  br label %133

133:                                              ; preds = %130, %127
  %134 = phi i1 [ true, %127 ], [ %132, %130 ]
  br i1 %134, label %135, label %137

135:                                              ; preds = %133
  %136 = call i32 @getch()
  store i32 %136, i32* @ch, align 4
  br label %127, !llvm.loop !11

137:                                              ; preds = %133
  %138 = load i32, i32* %11, align 4
  store i32 %138, i32* %2, align 4
  br label %140

139:                                              ; preds = %106, %103
  store i32 1, i32* @error, align 4
  store i32 0, i32* %2, align 4
  br label %140

140:                                              ; preds = %139, %137, %101, %89, %84, %38
  %141 = load i32, i32* %2, align 4
  ret i32 %141
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  call void @next()
  br label %5

5:                                                ; preds = %46, %0
  %6 = load i32, i32* @ch, align 4
  %7 = icmp ne i32 %6, -1
  br i1 %7, label %8, label %47

8:                                                ; preds = %5
  store i32 0, i32* @error, align 4
  %9 = call i32 @parse(i32 noundef 0)
  store i32 %9, i32* %4, align 4
  %10 = load i32, i32* @ch, align 4
  %11 = icmp ne i32 %10, 10
  br i1 %11, label %12, label %16

12:                                               ; preds = %8
  %13 = load i32, i32* @ch, align 4
  %14 = icmp ne i32 %13, -1
  br i1 %14, label %15, label %16

15:                                               ; preds = %12
  store i32 1, i32* @error, align 4
  br label %16

16:                                               ; preds = %15, %12, %8
  br label %17

17:                                               ; preds = %25, %16
  %18 = load i32, i32* @ch, align 4
  %19 = icmp ne i32 %18, 10
  br i1 %19, label %20, label %23

20:                                               ; preds = %17
  %21 = load i32, i32* @ch, align 4
  %22 = icmp ne i32 %21, -1
  br label %23

23:                                               ; preds = %20, %17
  %24 = phi i1 [ false, %17 ], [ %22, %20 ]
  br i1 %24, label %25, label %27

25:                                               ; preds = %23
  %26 = call i32 @getch()
  store i32 %26, i32* @ch, align 4
  br label %17, !llvm.loop !12

27:                                               ; preds = %23
  %28 = load i32, i32* @error, align 4
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %30, label %33

30:                                               ; preds = %27
  %31 = load i32, i32* %2, align 4
  %32 = add nsw i32 %31, 1
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i32 noundef %32)
  br label %40

33:                                               ; preds = %27
  %34 = load i32, i32* %2, align 4
  %35 = add nsw i32 %34, 1
  %36 = load i32, i32* %4, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.1, i64 0, i64 0), i32 noundef %35, i32 noundef %36)
  %37 = load i32, i32* %3, align 4
  %38 = load i32, i32* %4, align 4
  %39 = add nsw i32 %37, %38
  store i32 %39, i32* %3, align 4
  br label %40

40:                                               ; preds = %33, %30
  %41 = load i32, i32* %2, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, i32* %2, align 4
  %43 = load i32, i32* @ch, align 4
  %44 = icmp eq i32 %43, 10
  br i1 %44, label %45, label %46

45:                                               ; preds = %40
  call void @next()
  br label %46

46:                                               ; preds = %45, %40
  br label %5, !llvm.loop !13

47:                                               ; preds = %5
  %48 = load i32, i32* %3, align 4
  %49 = srem i32 %48, 256
  ret i32 %49
}

declare void @putf(i8* noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
