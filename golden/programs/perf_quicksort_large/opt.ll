; ModuleID = 'perf_quicksort_large.sy'
source_filename = "perf_quicksort_large.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a = dso_local local_unnamed_addr global [200000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [44 x i8] c"sorted=%d min=%d median=%d max=%d check=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @less(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp slt i32 %0, %1
  %4 = zext i1 %3 to i32
  ret i32 %4
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @small_sort(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp slt i32 %0, %1
  br i1 %3, label %4, label %33

4:                                                ; preds = %2
  %5 = sext i32 %0 to i64
  %6 = add i32 %0, -1
  %7 = sext i32 %1 to i64
  br label %8

8:                                                ; preds = %4, %27
  %9 = phi i64 [ %5, %4 ], [ %10, %27 ]
  %10 = add nsw i64 %9, 1
  %11 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp slt i64 %9, %5
  %14 = trunc i64 %9 to i32
  br i1 %13, label %27, label %15

15:                                               ; preds = %8, %20
  %16 = phi i64 [ %23, %20 ], [ %9, %8 ]
  %17 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %16
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = icmp slt i32 %12, %18
  br i1 %19, label %20, label %25

20:                                               ; preds = %15
  %21 = add nsw i64 %16, 1
  %22 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %21
  store i32 %18, i32* %22, align 4, !tbaa !5
  %23 = add nsw i64 %16, -1
  %24 = icmp sgt i64 %16, %5
  br i1 %24, label %15, label %27, !llvm.loop !9

25:                                               ; preds = %15
  %26 = trunc i64 %16 to i32
  br label %27

27:                                               ; preds = %20, %25, %8
  %28 = phi i32 [ %14, %8 ], [ %26, %25 ], [ %6, %20 ]
  %29 = add nsw i32 %28, 1
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %30
  store i32 %12, i32* %31, align 4, !tbaa !5
  %32 = icmp eq i64 %10, %7
  br i1 %32, label %33, label %8, !llvm.loop !11

33:                                               ; preds = %27, %2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @swap(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = sext i32 %1 to i64
  %7 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4, !tbaa !5
  store i32 %8, i32* %4, align 4, !tbaa !5
  store i32 %5, i32* %7, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @qsort_rec(i32 noundef %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = sub nsw i32 %1, %0
  %4 = icmp slt i32 %3, 12
  br i1 %4, label %11, label %5

5:                                                ; preds = %2
  %6 = sext i32 %1 to i64
  %7 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %6
  %8 = add nsw i32 %1, 1
  br label %43

9:                                                ; preds = %93
  %10 = trunc i64 %83 to i32
  br label %11

11:                                               ; preds = %9, %2
  %12 = phi i32 [ %0, %2 ], [ %10, %9 ]
  %13 = icmp slt i32 %12, %1
  br i1 %13, label %14, label %98

14:                                               ; preds = %11
  %15 = sext i32 %12 to i64
  %16 = add i32 %12, -1
  %17 = sext i32 %1 to i64
  br label %18

18:                                               ; preds = %37, %14
  %19 = phi i64 [ %15, %14 ], [ %20, %37 ]
  %20 = add nsw i64 %19, 1
  %21 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = icmp slt i64 %19, %15
  %24 = trunc i64 %19 to i32
  br i1 %23, label %37, label %25

25:                                               ; preds = %18, %30
  %26 = phi i64 [ %33, %30 ], [ %19, %18 ]
  %27 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp slt i32 %22, %28
  br i1 %29, label %30, label %35

30:                                               ; preds = %25
  %31 = add nsw i64 %26, 1
  %32 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %31
  store i32 %28, i32* %32, align 4, !tbaa !5
  %33 = add nsw i64 %26, -1
  %34 = icmp sgt i64 %26, %15
  br i1 %34, label %25, label %37, !llvm.loop !9

35:                                               ; preds = %25
  %36 = trunc i64 %26 to i32
  br label %37

37:                                               ; preds = %30, %35, %18
  %38 = phi i32 [ %24, %18 ], [ %36, %35 ], [ %16, %30 ]
  %39 = add nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %40
  store i32 %22, i32* %41, align 4, !tbaa !5
  %42 = icmp eq i64 %20, %17
  br i1 %42, label %98, label %18, !llvm.loop !11

43:                                               ; preds = %5, %93
  %44 = phi i32 [ %3, %5 ], [ %96, %93 ]
  %45 = phi i32 [ %0, %5 ], [ %94, %93 ]
  %46 = lshr i32 %44, 1
  %47 = add nsw i32 %46, %45
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %48
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = sext i32 %45 to i64
  %52 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %51
  %53 = load i32, i32* %52, align 4, !tbaa !5
  %54 = icmp slt i32 %50, %53
  br i1 %54, label %55, label %56

55:                                               ; preds = %43
  store i32 %53, i32* %49, align 4, !tbaa !5
  store i32 %50, i32* %52, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %55, %43
  %57 = phi i32 [ %50, %55 ], [ %53, %43 ]
  %58 = load i32, i32* %7, align 4, !tbaa !5
  %59 = icmp slt i32 %58, %57
  br i1 %59, label %60, label %62

60:                                               ; preds = %56
  store i32 %57, i32* %7, align 4, !tbaa !5
  store i32 %58, i32* %52, align 4, !tbaa !5
  %61 = load i32, i32* %7, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %60, %56
  %63 = phi i32 [ %61, %60 ], [ %58, %56 ]
  %64 = load i32, i32* %49, align 4, !tbaa !5
  %65 = icmp slt i32 %63, %64
  br i1 %65, label %66, label %67

66:                                               ; preds = %62
  store i32 %64, i32* %7, align 4, !tbaa !5
  store i32 %63, i32* %49, align 4, !tbaa !5
  br label %67

67:                                               ; preds = %66, %62
  %68 = phi i32 [ %63, %66 ], [ %64, %62 ]
  %69 = add nsw i32 %45, -1
  br label %70

70:                                               ; preds = %92, %67
  %71 = phi i32 [ %69, %67 ], [ %89, %92 ]
  %72 = phi i32 [ %8, %67 ], [ %90, %92 ]
  %73 = sext i32 %71 to i64
  br label %74

74:                                               ; preds = %74, %70
  %75 = phi i64 [ %76, %74 ], [ %73, %70 ]
  %76 = add nsw i64 %75, 1
  %77 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %76
  %78 = load i32, i32* %77, align 4, !tbaa !5
  %79 = icmp slt i32 %78, %68
  br i1 %79, label %74, label %80, !llvm.loop !12

80:                                               ; preds = %74
  %81 = sext i32 %72 to i64
  br label %82

82:                                               ; preds = %80, %82
  %83 = phi i64 [ %81, %80 ], [ %84, %82 ]
  %84 = add i64 %83, -1
  %85 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %84
  %86 = load i32, i32* %85, align 4, !tbaa !5
  %87 = icmp slt i32 %68, %86
  br i1 %87, label %82, label %88, !llvm.loop !13

88:                                               ; preds = %82
  %89 = trunc i64 %76 to i32
  %90 = trunc i64 %84 to i32
  %91 = icmp slt i32 %89, %90
  br i1 %91, label %92, label %93

92:                                               ; preds = %88
  store i32 %86, i32* %77, align 4, !tbaa !5
  store i32 %78, i32* %85, align 4, !tbaa !5
  br label %70

93:                                               ; preds = %88
  %94 = trunc i64 %83 to i32
  %95 = trunc i64 %84 to i32
  tail call void @qsort_rec(i32 noundef %45, i32 noundef %95)
  %96 = sub nsw i32 %1, %94
  %97 = icmp slt i32 %96, 12
  br i1 %97, label %9, label %43

98:                                               ; preds = %37, %11
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #4 {
  %1 = tail call i32 @getint() #6
  %2 = tail call i32 @getint() #6
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %35

4:                                                ; preds = %0
  %5 = zext i32 %1 to i64
  %6 = and i64 %5, 1
  %7 = icmp eq i32 %1, 1
  br i1 %7, label %26, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 4294967294
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %23, %10 ]
  %12 = phi i32 [ %2, %8 ], [ %21, %10 ]
  %13 = phi i64 [ 0, %8 ], [ %24, %10 ]
  %14 = mul nsw i32 %12, 1103
  %15 = add nsw i32 %14, 12345
  %16 = srem i32 %15, 1000003
  %17 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %11
  store i32 %16, i32* %17, align 8, !tbaa !5
  %18 = or i64 %11, 1
  %19 = mul nsw i32 %16, 1103
  %20 = add nsw i32 %19, 12345
  %21 = srem i32 %20, 1000003
  %22 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %18
  store i32 %21, i32* %22, align 4, !tbaa !5
  %23 = add nuw nsw i64 %11, 2
  %24 = add i64 %13, 2
  %25 = icmp eq i64 %24, %9
  br i1 %25, label %26, label %10, !llvm.loop !14

26:                                               ; preds = %10, %4
  %27 = phi i64 [ 0, %4 ], [ %23, %10 ]
  %28 = phi i32 [ %2, %4 ], [ %21, %10 ]
  %29 = icmp eq i64 %6, 0
  br i1 %29, label %35, label %30

30:                                               ; preds = %26
  %31 = mul nsw i32 %28, 1103
  %32 = add nsw i32 %31, 12345
  %33 = srem i32 %32, 1000003
  %34 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %27
  store i32 %33, i32* %34, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %30, %26, %0
  tail call void @starttime() #6
  %36 = add nsw i32 %1, -1
  tail call void @qsort_rec(i32 noundef 0, i32 noundef %36)
  tail call void @stoptime() #6
  %37 = icmp sgt i32 %1, 1
  br i1 %37, label %38, label %65

38:                                               ; preds = %35
  %39 = zext i32 %1 to i64
  %40 = load i32, i32* getelementptr inbounds ([200000 x i32], [200000 x i32]* @a, i64 0, i64 0), align 16, !tbaa !5
  %41 = add nsw i64 %39, -1
  %42 = add nsw i64 %39, -2
  %43 = and i64 %41, 3
  %44 = icmp ult i64 %42, 3
  br i1 %44, label %47, label %45

45:                                               ; preds = %38
  %46 = and i64 %41, -4
  br label %69

47:                                               ; preds = %69, %38
  %48 = phi i32 [ undef, %38 ], [ %92, %69 ]
  %49 = phi i32 [ %40, %38 ], [ %87, %69 ]
  %50 = phi i64 [ 1, %38 ], [ %93, %69 ]
  %51 = phi i32 [ 1, %38 ], [ %92, %69 ]
  %52 = icmp eq i64 %43, 0
  br i1 %52, label %65, label %53

53:                                               ; preds = %47, %53
  %54 = phi i32 [ %59, %53 ], [ %49, %47 ]
  %55 = phi i64 [ %62, %53 ], [ %50, %47 ]
  %56 = phi i32 [ %61, %53 ], [ %51, %47 ]
  %57 = phi i64 [ %63, %53 ], [ 0, %47 ]
  %58 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %55
  %59 = load i32, i32* %58, align 4, !tbaa !5
  %60 = icmp sgt i32 %54, %59
  %61 = select i1 %60, i32 0, i32 %56
  %62 = add nuw nsw i64 %55, 1
  %63 = add i64 %57, 1
  %64 = icmp eq i64 %63, %43
  br i1 %64, label %65, label %53, !llvm.loop !15

65:                                               ; preds = %47, %53, %35
  %66 = phi i32 [ 1, %35 ], [ %48, %47 ], [ %61, %53 ]
  br i1 %3, label %67, label %109

67:                                               ; preds = %65
  %68 = zext i32 %1 to i64
  br label %96

69:                                               ; preds = %69, %45
  %70 = phi i32 [ %40, %45 ], [ %87, %69 ]
  %71 = phi i64 [ 1, %45 ], [ %93, %69 ]
  %72 = phi i32 [ 1, %45 ], [ %92, %69 ]
  %73 = phi i64 [ 0, %45 ], [ %94, %69 ]
  %74 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %71
  %75 = load i32, i32* %74, align 4, !tbaa !5
  %76 = icmp sgt i32 %70, %75
  %77 = add nuw nsw i64 %71, 1
  %78 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %77
  %79 = load i32, i32* %78, align 4, !tbaa !5
  %80 = icmp sgt i32 %75, %79
  %81 = add nuw nsw i64 %71, 2
  %82 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %81
  %83 = load i32, i32* %82, align 4, !tbaa !5
  %84 = icmp sgt i32 %79, %83
  %85 = add nuw nsw i64 %71, 3
  %86 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %85
  %87 = load i32, i32* %86, align 4, !tbaa !5
  %88 = icmp sgt i32 %83, %87
  %89 = select i1 %88, i1 true, i1 %84
  %90 = select i1 %89, i1 true, i1 %80
  %91 = select i1 %90, i1 true, i1 %76
  %92 = select i1 %91, i32 0, i32 %72
  %93 = add nuw nsw i64 %71, 4
  %94 = add i64 %73, 4
  %95 = icmp eq i64 %94, %46
  br i1 %95, label %47, label %69, !llvm.loop !17

96:                                               ; preds = %67, %96
  %97 = phi i64 [ 0, %67 ], [ %107, %96 ]
  %98 = phi i32 [ 0, %67 ], [ %106, %96 ]
  %99 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %97
  %100 = load i32, i32* %99, align 4, !tbaa !5
  %101 = srem i32 %100, 1000
  %102 = trunc i64 %97 to i32
  %103 = urem i32 %102, 1000
  %104 = mul nsw i32 %101, %103
  %105 = add nsw i32 %104, %98
  %106 = srem i32 %105, 1000003
  %107 = add nuw nsw i64 %97, 37
  %108 = icmp ult i64 %107, %68
  br i1 %108, label %96, label %109, !llvm.loop !18

109:                                              ; preds = %96, %65
  %110 = phi i32 [ 0, %65 ], [ %106, %96 ]
  %111 = load i32, i32* getelementptr inbounds ([200000 x i32], [200000 x i32]* @a, i64 0, i64 0), align 16, !tbaa !5
  %112 = sdiv i32 %1, 2
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %113
  %115 = load i32, i32* %114, align 4, !tbaa !5
  %116 = sext i32 %36 to i64
  %117 = getelementptr inbounds [200000 x i32], [200000 x i32]* @a, i64 0, i64 %116
  %118 = load i32, i32* %117, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([44 x i8], [44 x i8]* @.str, i64 0, i64 0), i32 noundef %66, i32 noundef %111, i32 noundef %115, i32 noundef %118, i32 noundef %110) #6
  %119 = srem i32 %110, 256
  ret i32 %119
}

declare i32 @getint() local_unnamed_addr #5

declare void @starttime() local_unnamed_addr #5

declare void @stoptime() local_unnamed_addr #5

declare void @putf(i8* noundef, ...) local_unnamed_addr #5

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.unroll.disable"}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
