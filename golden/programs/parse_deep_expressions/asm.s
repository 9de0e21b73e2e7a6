	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_deep_expressions.sy"
	.globl	inc                             # -- Begin function inc
	.p2align	1
	.type	inc,@function
inc:                                    # @inc
# %bb.0:
	addiw	a0, a0, 1
	ret
.Lfunc_end0:
	.size	inc, .Lfunc_end0-inc
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	li	a0, 144
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 43
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lui	a0, 2
	addiw	a0, a0, 1288
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 198
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
