; ModuleID = 'func_short_circuit_counters.sy'
source_filename = "func_short_circuit_counters.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@budget = dso_local global i32 7, align 4
@zeros = dso_local global i32 0, align 4
@data = dso_local global [6 x i32] [i32 4, i32 0, i32 7, i32 0, i32 0, i32 9], align 16
@calls = dso_local global [8 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [19 x i8] c"bought=%d left=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"run=%d i=%d zeros=%d guard=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @probe(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %3, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [8 x i32], [8 x i32]* @calls, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4
  %9 = add nsw i32 %8, 1
  %10 = load i32, i32* %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [8 x i32], [8 x i32]* @calls, i64 0, i64 %11
  store i32 %9, i32* %12, align 4
  %13 = load i32, i32* %4, align 4
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @spend(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  %4 = load i32, i32* @budget, align 4
  %5 = load i32, i32* %3, align 4
  %6 = icmp slt i32 %4, %5
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  store i32 0, i32* %2, align 4
  br label %12

8:                                                ; preds = %1
  %9 = load i32, i32* @budget, align 4
  %10 = load i32, i32* %3, align 4
  %11 = sub nsw i32 %9, %10
  store i32 %11, i32* @budget, align 4
  store i32 1, i32* %2, align 4
  br label %12

12:                                               ; preds = %8, %7
  %13 = load i32, i32* %2, align 4
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @nonzero_at(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 7), align 4
  %4 = add nsw i32 %3, 1
  store i32 %4, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 7), align 4
  %5 = load i32, i32* %2, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [6 x i32], [6 x i32]* @data, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @bump() #0 {
  %1 = load i32, i32* @zeros, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @zeros, align 4
  %3 = load i32, i32* @zeros, align 4
  ret i32 %3
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %8

8:                                                ; preds = %50, %0
  %9 = load i32, i32* %2, align 4
  %10 = icmp slt i32 %9, 8
  br i1 %10, label %11, label %53

11:                                               ; preds = %8
  %12 = load i32, i32* %2, align 4
  %13 = srem i32 %12, 2
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %20

15:                                               ; preds = %11
  %16 = load i32, i32* %2, align 4
  %17 = sdiv i32 %16, 3
  %18 = call i32 @probe(i32 noundef 0, i32 noundef %17)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %27, label %20

20:                                               ; preds = %15, %11
  %21 = load i32, i32* %2, align 4
  %22 = srem i32 %21, 3
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %30

24:                                               ; preds = %20
  %25 = call i32 @probe(i32 noundef 1, i32 noundef 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %27, label %30

27:                                               ; preds = %24, %15
  %28 = load i32, i32* %3, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, i32* %3, align 4
  br label %30

30:                                               ; preds = %27, %24, %20
  %31 = load i32, i32* %2, align 4
  %32 = sub nsw i32 7, %31
  %33 = sdiv i32 %32, 4
  %34 = call i32 @probe(i32 noundef 2, i32 noundef %33)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %50, label %36

36:                                               ; preds = %30
  %37 = load i32, i32* %2, align 4
  %38 = sdiv i32 %37, 6
  %39 = load i32, i32* %2, align 4
  %40 = sub nsw i32 7, %39
  %41 = mul nsw i32 %38, %40
  %42 = call i32 @probe(i32 noundef 3, i32 noundef %41)
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %50, label %44

44:                                               ; preds = %36
  %45 = call i32 @probe(i32 noundef 4, i32 noundef 1)
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %47, label %50

47:                                               ; preds = %44
  %48 = load i32, i32* %3, align 4
  %49 = add nsw i32 %48, 10
  store i32 %49, i32* %3, align 4
  br label %50

50:                                               ; preds = %47, %44, %36, %30
  %51 = load i32, i32* %2, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, i32* %2, align 4
  br label %8, !llvm.loop !6

53:                                               ; preds = %8
  call void @putarray(i32 noundef 8, i32* noundef getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 0))
  %54 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %54)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %4, align 4
  br label %55

55:                                               ; preds = %71, %53
  %56 = call i32 @spend(i32 noundef 2)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %58, label %61

58:                                               ; preds = %55
  %59 = call i32 @spend(i32 noundef 1)
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %69, label %61

61:                                               ; preds = %58, %55
  %62 = call i32 @spend(i32 noundef 1)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %64, label %67

64:                                               ; preds = %61
  %65 = call i32 @probe(i32 noundef 5, i32 noundef 1)
  %66 = icmp ne i32 %65, 0
  br label %67

67:                                               ; preds = %64, %61
  %68 = phi i1 [ false, %61 ], [ %66, %64 ]
  br label %69

69:                                               ; preds = %67, %58
  %70 = phi i1 [ true, %58 ], [ %68, %67 ]
  br i1 %70, label %71, label %74

71:                                               ; preds = %69
  %72 = load i32, i32* %4, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, i32* %4, align 4
  br label %55, !llvm.loop !8

74:                                               ; preds = %69
  %75 = load i32, i32* %4, align 4
  %76 = load i32, i32* @budget, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef %75, i32 noundef %76)
  store i32 0, i32* %2, align 4
  store i32 0, i32* %5, align 4
  br label %77

77:                                               ; preds = %86, %74
  %78 = load i32, i32* %2, align 4
  %79 = icmp slt i32 %78, 6
  br i1 %79, label %80, label %84

80:                                               ; preds = %77
  %81 = load i32, i32* %2, align 4
  %82 = call i32 @nonzero_at(i32 noundef %81)
  %83 = icmp ne i32 %82, 0
  br label %84

84:                                               ; preds = %80, %77
  %85 = phi i1 [ false, %77 ], [ %83, %80 ]
  br i1 %85, label %86, label %95

86:                                               ; preds = %84
  %87 = load i32, i32* %5, align 4
  %88 = load i32, i32* %2, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [6 x i32], [6 x i32]* @data, i64 0, i64 %89
  %91 = load i32, i32* %90, align 4
  %92 = add nsw i32 %87, %91
  store i32 %92, i32* %5, align 4
  %93 = load i32, i32* %2, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, i32* %2, align 4
  br label %77, !llvm.loop !9

95:                                               ; preds = %84
  store i32 1, i32* %6, align 4
  br label %96

96:                                               ; preds = %110, %95
  %97 = load i32, i32* %6, align 4
  %98 = icmp slt i32 %97, 6
  br i1 %98, label %99, label %113

99:                                               ; preds = %96
  %100 = load i32, i32* %6, align 4
  %101 = icmp slt i32 %100, 6
  br i1 %101, label %102, label %110

102:                                              ; preds = %99
  %103 = load i32, i32* %6, align 4
  %104 = call i32 @nonzero_at(i32 noundef %103)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %110, label %106

106:                                              ; preds = %102
  %107 = call i32 @bump()
  %108 = icmp sgt i32 %107, 100
  br i1 %108, label %109, label %110

109:                                              ; preds = %106
  store i32 100, i32* @zeros, align 4
  br label %110

110:                                              ; preds = %109, %106, %102, %99
  %111 = load i32, i32* %6, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, i32* %6, align 4
  br label %96, !llvm.loop !10

113:                                              ; preds = %96
  store i32 0, i32* %7, align 4
  %114 = load i32, i32* %7, align 4
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %116, label %120

116:                                              ; preds = %113
  %117 = load i32, i32* %7, align 4
  %118 = sdiv i32 10, %117
  %119 = icmp sgt i32 %118, 1
  br i1 %119, label %126, label %120

120:                                              ; preds = %116, %113
  %121 = load i32, i32* %7, align 4
  %122 = icmp eq i32 %121, 0
  br i1 %122, label %123, label %127

123:                                              ; preds = %120
  %124 = call i32 @probe(i32 noundef 6, i32 noundef 1)
  %125 = icmp ne i32 %124, 0
  br i1 %125, label %126, label %127

126:                                              ; preds = %123, %116
  store i32 7, i32* %7, align 4
  br label %127

127:                                              ; preds = %126, %123, %120
  %128 = load i32, i32* %5, align 4
  %129 = load i32, i32* %2, align 4
  %130 = load i32, i32* @zeros, align 4
  %131 = load i32, i32* %7, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([31 x i8], [31 x i8]* @.str.1, i64 0, i64 0), i32 noundef %128, i32 noundef %129, i32 noundef %130, i32 noundef %131)
  call void @putarray(i32 noundef 8, i32* noundef getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 0))
  %132 = load i32, i32* %3, align 4
  %133 = load i32, i32* %4, align 4
  %134 = mul nsw i32 %133, 3
  %135 = add nsw i32 %132, %134
  %136 = load i32, i32* %7, align 4
  %137 = add nsw i32 %135, %136
  ret i32 %137
}

declare void @putarray(i32 noundef, i32* noundef) #1

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

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
