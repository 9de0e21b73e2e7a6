; ModuleID = 'func_bubble_sort_input.sy'
source_filename = "func_bubble_sort_input.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@data = dso_local global [100 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [10 x i8] c"swaps=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @swap(i32* nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds i32, i32* %0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  %7 = sext i32 %2 to i64
  %8 = getelementptr inbounds i32, i32* %0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  store i32 %9, i32* %5, align 4, !tbaa !5
  store i32 %6, i32* %8, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @bubble(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = add i32 %1, -1
  %4 = call i32 @llvm.smax.i32(i32 %3, i32 0)
  br label %5

5:                                                ; preds = %68, %2
  %6 = phi i32 [ %73, %68 ], [ %3, %2 ]
  %7 = phi i32 [ %69, %68 ], [ 0, %2 ]
  %8 = phi i32 [ %72, %68 ], [ 0, %2 ]
  %9 = zext i32 %6 to i64
  %10 = icmp ne i32 %8, %4
  %11 = icmp sgt i32 %3, %8
  %12 = and i1 %10, %11
  br i1 %12, label %13, label %74

13:                                               ; preds = %5
  %14 = load i32, i32* %0, align 4, !tbaa !5
  %15 = and i64 %9, 1
  %16 = icmp eq i32 %6, 1
  br i1 %16, label %51, label %17

17:                                               ; preds = %13
  %18 = and i64 %9, 4294967294
  br label %19

19:                                               ; preds = %45, %17
  %20 = phi i32 [ %14, %17 ], [ %46, %45 ]
  %21 = phi i64 [ 0, %17 ], [ %38, %45 ]
  %22 = phi i32 [ 0, %17 ], [ %48, %45 ]
  %23 = phi i32 [ %7, %17 ], [ %47, %45 ]
  %24 = phi i64 [ 0, %17 ], [ %49, %45 ]
  %25 = getelementptr inbounds i32, i32* %0, i64 %21
  %26 = or i64 %21, 1
  %27 = getelementptr inbounds i32, i32* %0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp sgt i32 %20, %28
  br i1 %29, label %30, label %33

30:                                               ; preds = %19
  %31 = load i32, i32* %25, align 4, !tbaa !5
  store i32 %28, i32* %25, align 4, !tbaa !5
  store i32 %31, i32* %27, align 4, !tbaa !5
  %32 = add nsw i32 %23, 1
  br label %33

33:                                               ; preds = %30, %19
  %34 = phi i32 [ %31, %30 ], [ %28, %19 ]
  %35 = phi i32 [ %32, %30 ], [ %23, %19 ]
  %36 = phi i32 [ 1, %30 ], [ %22, %19 ]
  %37 = getelementptr inbounds i32, i32* %0, i64 %26
  %38 = add nuw nsw i64 %21, 2
  %39 = getelementptr inbounds i32, i32* %0, i64 %38
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = icmp sgt i32 %34, %40
  br i1 %41, label %42, label %45

42:                                               ; preds = %33
  %43 = load i32, i32* %37, align 4, !tbaa !5
  store i32 %40, i32* %37, align 4, !tbaa !5
  store i32 %43, i32* %39, align 4, !tbaa !5
  %44 = add nsw i32 %35, 1
  br label %45

45:                                               ; preds = %42, %33
  %46 = phi i32 [ %43, %42 ], [ %40, %33 ]
  %47 = phi i32 [ %44, %42 ], [ %35, %33 ]
  %48 = phi i32 [ 1, %42 ], [ %36, %33 ]
  %49 = add i64 %24, 2
  %50 = icmp eq i64 %49, %18
  br i1 %50, label %51, label %19, !llvm.loop !9

51:                                               ; preds = %45, %13
  %52 = phi i32 [ undef, %13 ], [ %47, %45 ]
  %53 = phi i32 [ undef, %13 ], [ %48, %45 ]
  %54 = phi i32 [ %14, %13 ], [ %46, %45 ]
  %55 = phi i64 [ 0, %13 ], [ %38, %45 ]
  %56 = phi i32 [ 0, %13 ], [ %48, %45 ]
  %57 = phi i32 [ %7, %13 ], [ %47, %45 ]
  %58 = icmp eq i64 %15, 0
  br i1 %58, label %68, label %59

59:                                               ; preds = %51
  %60 = getelementptr inbounds i32, i32* %0, i64 %55
  %61 = add nuw nsw i64 %55, 1
  %62 = getelementptr inbounds i32, i32* %0, i64 %61
  %63 = load i32, i32* %62, align 4, !tbaa !5
  %64 = icmp sgt i32 %54, %63
  br i1 %64, label %65, label %68

65:                                               ; preds = %59
  %66 = load i32, i32* %60, align 4, !tbaa !5
  store i32 %63, i32* %60, align 4, !tbaa !5
  store i32 %66, i32* %62, align 4, !tbaa !5
  %67 = add nsw i32 %57, 1
  br label %68

68:                                               ; preds = %59, %65, %51
  %69 = phi i32 [ %52, %51 ], [ %67, %65 ], [ %57, %59 ]
  %70 = phi i32 [ %53, %51 ], [ 1, %65 ], [ %56, %59 ]
  %71 = icmp eq i32 %70, 0
  %72 = add nuw i32 %8, 1
  %73 = add i32 %6, -1
  br i1 %71, label %74, label %5

74:                                               ; preds = %68, %5
  %75 = phi i32 [ %69, %68 ], [ %7, %5 ]
  ret i32 %75
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getarray(i32* noundef getelementptr inbounds ([100 x i32], [100 x i32]* @data, i64 0, i64 0)) #5
  %2 = add i32 %1, -1
  %3 = tail call i32 @llvm.smax.i32(i32 %2, i32 0) #5
  br label %4

4:                                                ; preds = %65, %0
  %5 = phi i32 [ %70, %65 ], [ %2, %0 ]
  %6 = phi i32 [ %66, %65 ], [ 0, %0 ]
  %7 = phi i32 [ %69, %65 ], [ 0, %0 ]
  %8 = zext i32 %5 to i64
  %9 = icmp eq i32 %7, %3
  br i1 %9, label %71, label %10

10:                                               ; preds = %4
  %11 = load i32, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @data, i64 0, i64 0), align 16, !tbaa !5
  %12 = and i64 %8, 1
  %13 = icmp eq i32 %5, 1
  br i1 %13, label %48, label %14

14:                                               ; preds = %10
  %15 = and i64 %8, 4294967294
  br label %16

16:                                               ; preds = %42, %14
  %17 = phi i32 [ %11, %14 ], [ %43, %42 ]
  %18 = phi i64 [ 0, %14 ], [ %35, %42 ]
  %19 = phi i32 [ 0, %14 ], [ %45, %42 ]
  %20 = phi i32 [ %6, %14 ], [ %44, %42 ]
  %21 = phi i64 [ 0, %14 ], [ %46, %42 ]
  %22 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %18
  %23 = or i64 %18, 1
  %24 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %23
  %25 = load i32, i32* %24, align 4, !tbaa !5
  %26 = icmp sgt i32 %17, %25
  br i1 %26, label %27, label %30

27:                                               ; preds = %16
  %28 = load i32, i32* %22, align 8, !tbaa !5
  store i32 %25, i32* %22, align 8, !tbaa !5
  store i32 %28, i32* %24, align 4, !tbaa !5
  %29 = add nsw i32 %20, 1
  br label %30

30:                                               ; preds = %27, %16
  %31 = phi i32 [ %28, %27 ], [ %25, %16 ]
  %32 = phi i32 [ %29, %27 ], [ %20, %16 ]
  %33 = phi i32 [ 1, %27 ], [ %19, %16 ]
  %34 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %23
  %35 = add nuw nsw i64 %18, 2
  %36 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %35
  %37 = load i32, i32* %36, align 8, !tbaa !5
  %38 = icmp sgt i32 %31, %37
  br i1 %38, label %39, label %42

39:                                               ; preds = %30
  %40 = load i32, i32* %34, align 4, !tbaa !5
  store i32 %37, i32* %34, align 4, !tbaa !5
  store i32 %40, i32* %36, align 8, !tbaa !5
  %41 = add nsw i32 %32, 1
  br label %42

42:                                               ; preds = %39, %30
  %43 = phi i32 [ %40, %39 ], [ %37, %30 ]
  %44 = phi i32 [ %41, %39 ], [ %32, %30 ]
  %45 = phi i32 [ 1, %39 ], [ %33, %30 ]
  %46 = add i64 %21, 2
  %47 = icmp eq i64 %46, %15
  br i1 %47, label %48, label %16, !llvm.loop !9

48:                                               ; preds = %42, %10
  %49 = phi i32 [ undef, %10 ], [ %44, %42 ]
  %50 = phi i32 [ undef, %10 ], [ %45, %42 ]
  %51 = phi i32 [ %11, %10 ], [ %43, %42 ]
  %52 = phi i64 [ 0, %10 ], [ %35, %42 ]
  %53 = phi i32 [ 0, %10 ], [ %45, %42 ]
  %54 = phi i32 [ %6, %10 ], [ %44, %42 ]
  %55 = icmp eq i64 %12, 0
  br i1 %55, label %65, label %56

56:                                               ; preds = %48
  %57 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %52
  %58 = add nuw nsw i64 %52, 1
  %59 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %58
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = icmp sgt i32 %51, %60
  br i1 %61, label %62, label %65

62:                                               ; preds = %56
  %63 = load i32, i32* %57, align 4, !tbaa !5
  store i32 %60, i32* %57, align 4, !tbaa !5
  store i32 %63, i32* %59, align 4, !tbaa !5
  %64 = add nsw i32 %54, 1
  br label %65

65:                                               ; preds = %56, %62, %48
  %66 = phi i32 [ %49, %48 ], [ %64, %62 ], [ %54, %56 ]
  %67 = phi i32 [ %50, %48 ], [ 1, %62 ], [ %53, %56 ]
  %68 = icmp eq i32 %67, 0
  %69 = add nuw i32 %7, 1
  %70 = add i32 %5, -1
  br i1 %68, label %71, label %4

71:                                               ; preds = %4, %65
  %72 = phi i32 [ %66, %65 ], [ %6, %4 ]
  tail call void @putarray(i32 noundef %1, i32* noundef getelementptr inbounds ([100 x i32], [100 x i32]* @data, i64 0, i64 0)) #5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i32 noundef %72) #5
  %73 = icmp sgt i32 %1, 0
  br i1 %73, label %74, label %110

74:                                               ; preds = %71
  %75 = zext i32 %1 to i64
  %76 = and i64 %75, 1
  %77 = icmp eq i32 %1, 1
  br i1 %77, label %100, label %78

78:                                               ; preds = %74
  %79 = and i64 %75, 4294967294
  br label %80

80:                                               ; preds = %80, %78
  %81 = phi i64 [ 0, %78 ], [ %95, %80 ]
  %82 = phi i32 [ 0, %78 ], [ %94, %80 ]
  %83 = phi i64 [ 0, %78 ], [ %96, %80 ]
  %84 = mul nsw i32 %82, 31
  %85 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %81
  %86 = load i32, i32* %85, align 8, !tbaa !5
  %87 = add nsw i32 %86, %84
  %88 = srem i32 %87, 10007
  %89 = or i64 %81, 1
  %90 = mul nsw i32 %88, 31
  %91 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %89
  %92 = load i32, i32* %91, align 4, !tbaa !5
  %93 = add nsw i32 %92, %90
  %94 = srem i32 %93, 10007
  %95 = add nuw nsw i64 %81, 2
  %96 = add i64 %83, 2
  %97 = icmp eq i64 %96, %79
  br i1 %97, label %98, label %80, !llvm.loop !11

98:                                               ; preds = %80
  %99 = mul nsw i32 %94, 31
  br label %100

100:                                              ; preds = %98, %74
  %101 = phi i32 [ undef, %74 ], [ %94, %98 ]
  %102 = phi i64 [ 0, %74 ], [ %95, %98 ]
  %103 = phi i32 [ 0, %74 ], [ %99, %98 ]
  %104 = icmp eq i64 %76, 0
  br i1 %104, label %110, label %105

105:                                              ; preds = %100
  %106 = getelementptr inbounds [100 x i32], [100 x i32]* @data, i64 0, i64 %102
  %107 = load i32, i32* %106, align 4, !tbaa !5
  %108 = add nsw i32 %107, %103
  %109 = srem i32 %108, 10007
  br label %110

110:                                              ; preds = %105, %100, %71
  %111 = phi i32 [ 0, %71 ], [ %101, %100 ], [ %109, %105 ]
  tail call void @putint(i32 noundef %111) #5
  tail call void @putch(i32 noundef 10) #5
  %112 = srem i32 %72, 256
  ret i32 %112
}

declare i32 @getarray(i32* noundef) local_unnamed_addr #3

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { nounwind }

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
